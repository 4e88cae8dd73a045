import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@kyodo/consortium-tools';
import { runCodegen, runCodegenInto } from './codegen-run';
import { UPSTREAM_CALLERS } from '../upstream-codegen';

/** Where a service's typed upstream operations are committed. */
export const upstreamOperationsDir = (service: string): string => `services/${service}/src/upstream/gql`;

/**
 * Every service's typed upstream operations as GraphQL Code Generator makes them of a supergraph
 * (the committed one unless `schemaSdl` is given), keyed `service/file`. Codegen validates each
 * operation against the schema: a field a node asks another for that the supergraph lacks fails it.
 */
export function generateUpstreamOperations(schemaSdl?: string): Promise<Map<string, string>> {
  return runCodegenInto(
    'tools/schema/upstream-codegen.ts',
    'kyodo-upstream-gql-',
    schemaSdl,
    (dir) => new Map(UPSTREAM_CALLERS.flatMap((service) => readGenerated(join(dir, service), service))),
  );
}

/** The committed typed upstream operations, keyed `service/file`. */
export function committedUpstreamOperations(): Map<string, string> {
  return new Map(UPSTREAM_CALLERS.flatMap((service) => readGenerated(join(REPO_ROOT, upstreamOperationsDir(service)), service)));
}

/** `npm run schema`: regenerates the committed typed upstream operations. */
export async function writeUpstreamOperations(): Promise<string[]> {
  await runCodegen('tools/schema/upstream-codegen.ts');
  return [...committedUpstreamOperations().keys()].map((key) => {
    const [service, file] = key.split('/');
    return `${upstreamOperationsDir(service)}/${file}`;
  });
}

function readGenerated(dir: string, service: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [`${service}/${name}`, readFileSync(join(dir, name), 'utf8')]);
}
