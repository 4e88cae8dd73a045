import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@kyodo/consortium-tools';
import { UPSTREAM_CALLERS } from '../upstream-codegen';

const CODEGEN_BIN = join(REPO_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');

/** Where a service's typed upstream operations are committed. */
export const upstreamOperationsDir = (service: string): string => `services/${service}/src/upstream/gql`;

function runCodegen(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CODEGEN_BIN, '--config', 'tools/schema/upstream-codegen.ts'],
      // Under NODE_ENV=test (jest) codegen keeps its validation errors to itself.
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'development', ...env }, timeout: 120_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`graphql-codegen failed:\n${stderr}${stdout}`)) : resolve()),
    );
  });
}

/**
 * Every service's typed upstream operations as GraphQL Code Generator makes them of a supergraph
 * (the committed one unless `schemaSdl` is given), keyed `service/file`. Codegen validates each
 * operation against the schema: a field a node asks another for that the supergraph lacks fails it.
 */
export async function generateUpstreamOperations(schemaSdl?: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-upstream-gql-'));
  try {
    const env: Record<string, string> = { KYODO_CODEGEN_OUT: `${dir}/` };
    if (schemaSdl !== undefined) {
      env.KYODO_CODEGEN_SCHEMA = join(dir, 'supergraph.graphql');
      writeFileSync(env.KYODO_CODEGEN_SCHEMA, schemaSdl);
    }
    await runCodegen(env);
    return new Map(UPSTREAM_CALLERS.flatMap((service) => readGenerated(join(dir, service), service)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The committed typed upstream operations, keyed `service/file`. */
export function committedUpstreamOperations(): Map<string, string> {
  return new Map(UPSTREAM_CALLERS.flatMap((service) => readGenerated(join(REPO_ROOT, upstreamOperationsDir(service)), service)));
}

/** `npm run schema`: regenerates the committed typed upstream operations. */
export async function writeUpstreamOperations(): Promise<string[]> {
  await runCodegen({});
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
