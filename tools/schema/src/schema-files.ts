import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { composeSupergraph } from './compose-supergraph';
import { SubgraphSource, SUBGRAPHS } from './subgraphs';

export const REPO_ROOT = join(__dirname, '../../..');
export const SUPERGRAPH_PATH = 'services/gateway/supergraph.graphql';

/** The SDL a subgraph's code produces now, printed by a process of its own. */
export async function printSubgraph(source: SubgraphSource): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'print-subgraph.ts'), source.name], {
    cwd: REPO_ROOT,
    env: { ...process.env, SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json') },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

export function readCommitted(relativePath: string): string | undefined {
  const path = join(REPO_ROOT, relativePath);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Composes the supergraph from the committed subgraph SDL files (not from the code). */
export function composeCommitted(sources: SubgraphSource[] = SUBGRAPHS): string {
  return composeSupergraph(
    sources.map((s) => {
      const sdl = readCommitted(s.sdlPath);
      if (sdl === undefined) throw new Error(`${s.sdlPath} is missing: run npm run schema`);
      return { name: s.name, sdl };
    }),
  );
}

/** Writes every subgraph's SDL and the supergraph composed from them. */
export async function writeSchemas(sources: SubgraphSource[] = SUBGRAPHS): Promise<string[]> {
  const written: string[] = [];
  const printed = await Promise.all(sources.map((source) => printSubgraph(source)));
  sources.forEach((source, i) => {
    writeFileSync(join(REPO_ROOT, source.sdlPath), printed[i]);
    written.push(source.sdlPath);
  });
  writeFileSync(join(REPO_ROOT, SUPERGRAPH_PATH), composeCommitted(sources));
  written.push(SUPERGRAPH_PATH);
  return written;
}
