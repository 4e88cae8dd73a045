import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@kyodo/consortium-tools';
import { runCodegen, runCodegenInto } from './codegen-run';

export const CONSOLE_OPERATIONS_DIR = 'services/console/src/gql';
/**
 * The console's typed operations as GraphQL Code Generator makes them of a supergraph (the
 * committed one unless `schemaSdl` is given), by file name. Codegen validates every operation
 * against the schema: a field a screen uses that the supergraph lacks makes it fail.
 */
export function generateConsoleOperations(schemaSdl?: string): Promise<Map<string, string>> {
  return runCodegenInto('services/console/codegen.ts', 'kyodo-console-gql-', schemaSdl, (dir) => {
    const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    return new Map(files.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
  });
}

/** The committed typed operations, by file name. */
export function committedConsoleOperations(): Map<string, string> {
  const dir = join(REPO_ROOT, CONSOLE_OPERATIONS_DIR);
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** `npm run schema`: regenerates the committed typed operations. */
export async function writeConsoleOperations(): Promise<string[]> {
  await runCodegen('services/console/codegen.ts');
  return [...committedConsoleOperations().keys()].map((name) => `${CONSOLE_OPERATIONS_DIR}/${name}`);
}
