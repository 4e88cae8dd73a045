import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@kyodo/consortium-tools';

export const CONSOLE_OPERATIONS_DIR = 'services/console/src/gql';
const CODEGEN_BIN = join(REPO_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');

/** Runs GraphQL Code Generator with the console's config (its own process: the CLI is ESM-heavy). */
function runCodegen(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CODEGEN_BIN, '--config', 'services/console/codegen.ts'],
      // Under NODE_ENV=test (jest) codegen keeps its validation errors to itself.
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'development', ...env }, timeout: 120_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`graphql-codegen failed:\n${stderr}${stdout}`)) : resolve()),
    );
  });
}

/**
 * The console's typed operations as GraphQL Code Generator makes them of a supergraph (the
 * committed one unless `schemaSdl` is given), by file name. Codegen validates every operation
 * against the schema: a field a screen uses that the supergraph lacks makes it fail.
 */
export async function generateConsoleOperations(schemaSdl?: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-console-gql-'));
  try {
    const env: Record<string, string> = { KYODO_CODEGEN_OUT: `${dir}/` };
    if (schemaSdl !== undefined) {
      env.KYODO_CODEGEN_SCHEMA = join(dir, 'supergraph.graphql');
      writeFileSync(env.KYODO_CODEGEN_SCHEMA, schemaSdl);
    }
    await runCodegen(env);
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    return new Map(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The committed typed operations, by file name. */
export function committedConsoleOperations(): Map<string, string> {
  const dir = join(REPO_ROOT, CONSOLE_OPERATIONS_DIR);
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** `npm run schema`: regenerates the committed typed operations. */
export async function writeConsoleOperations(): Promise<string[]> {
  await runCodegen({});
  return [...committedConsoleOperations().keys()].map((name) => `${CONSOLE_OPERATIONS_DIR}/${name}`);
}
