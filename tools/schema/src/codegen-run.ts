import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '@kyodo/consortium-tools';

const CODEGEN_BIN = join(REPO_ROOT, 'node_modules/@graphql-codegen/cli/cjs/bin.js');

/** Runs GraphQL Code Generator with `config` in its own process (the CLI is ESM-heavy); `env` overrides its output or schema. */
export function runCodegen(config: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [CODEGEN_BIN, '--config', config],
      // Under NODE_ENV=test (jest) codegen keeps its validation errors to itself.
      { cwd: REPO_ROOT, env: { ...process.env, NODE_ENV: 'development', ...env }, timeout: 120_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`graphql-codegen failed:\n${stderr}${stdout}`)) : resolve()),
    );
  });
}

/**
 * Runs GraphQL Code Generator with `config` into a
 * scratch directory, against the committed supergraph unless `schemaSdl` is given, and hands the
 * directory to `read` before removing it. Codegen validates every operation against the schema,
 * so a field an operation uses that the supergraph lacks fails the run.
 */
export async function runCodegenInto<T>(
  config: string,
  prefix: string,
  schemaSdl: string | undefined,
  read: (dir: string) => T,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    const env: Record<string, string> = { KYODO_CODEGEN_OUT: `${dir}/` };
    if (schemaSdl !== undefined) {
      env.KYODO_CODEGEN_SCHEMA = join(dir, 'supergraph.graphql');
      writeFileSync(env.KYODO_CODEGEN_SCHEMA, schemaSdl);
    }
    await runCodegen(config, env);
    return read(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
