import { readFileSync } from 'node:fs';
import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { buildASTSchema, parse } from 'graphql';
import { CROSS_ORG_KEY, PUBLIC_KEY, ROLES_KEY, SERVICE_CLIENTS_KEY } from '@kyodo/auth';

export const NO_RULE = 'NO ACCESS RULE (closed)';

type Handler = (...args: unknown[]) => unknown;

/** `Query.orders: director, org-admin`, one entry per root field, read the way the guard reads it. */
export function permissionTable(app: INestApplication): Map<string, string> {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const table = new Map<string, string>();
  for (const { metatype, instance } of new DiscoveryService(app.get(ModulesContainer)).getProviders()) {
    if (!metatype || !instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, Handler>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const field = `${type}.${(Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method}`;
      if (table.has(field)) throw new Error(`${field} is resolved twice`);
      const targets = [handler, metatype as object as Handler];
      const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, targets);
      const clients = reflector.getAllAndOverride<string[] | undefined>(SERVICE_CLIENTS_KEY, targets);
      const rule = reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
        ? 'public'
        : roles
          ? [...roles].sort().join(', ')
          : clients
            ? ''
            : NO_RULE;
      const services = clients ? `${roles ? '; ' : ''}service accounts: ${[...clients].sort().join(', ')}` : '';
      table.set(field, `${rule}${services}${reflector.getAllAndOverride<boolean>(CROSS_ORG_KEY, targets) ? ' (cross-org)' : ''}`);
    }
  }
  return table;
}

/** Root fields of a committed subgraph SDL, without the ones Apollo federation adds. */
export function committedRootFields(sdlPath: string): string[] {
  const schema = buildASTSchema(parse(readFileSync(sdlPath, 'utf8')), { assumeValid: true, assumeValidSDL: true });
  return [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type
      ? Object.keys(type.getFields())
          .filter((f) => f !== '_entities' && f !== '_service')
          .map((f) => `${type.name}.${f}`)
      : [],
  );
}

/**
 * The permission suite every service runs: who may call which operation, as a snapshot, so a
 * permission change shows up as a reviewed diff, never as a silent edit (STYLE 6); every root
 * field of the committed schema is covered; none is left without a rule.
 */
export function describePermissions(service: string, build: () => Promise<INestApplication>, sdlPath: string): void {
  describe(`${service} permissions`, () => {
    let app: INestApplication;
    let table: Map<string, string>;

    beforeAll(async () => {
      app = await build();
      table = permissionTable(app);
    });

    afterAll(async () => {
      await app?.close();
    });

    it('lists every Query and Mutation with the roles allowed', () => {
      const lines = [...table].map(([field, rule]) => `${field}: ${rule}`).sort();
      expect(lines.join('\n')).toMatchSnapshot();
    });

    it('covers every root field of the committed schema, and only those', () => {
      expect([...table.keys()].sort()).toEqual(committedRootFields(sdlPath).sort());
    });

    it('leaves no operation without an access rule', () => {
      expect([...table].filter(([, rule]) => rule.startsWith(NO_RULE)).map(([field]) => field)).toEqual([]);
    });
  });
}
