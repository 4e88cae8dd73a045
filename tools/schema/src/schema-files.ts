import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAppSubgraphSdl } from '@kyodo/subgraph';
import { composeSupergraph } from './compose-supergraph';
import { SubgraphSource, SUBGRAPHS } from './subgraphs';

export const REPO_ROOT = join(__dirname, '../../..');
export const SUPERGRAPH_PATH = 'services/gateway/supergraph.graphql';

/** The SDL a subgraph's code produces now. */
export async function printSubgraph(source: SubgraphSource): Promise<string> {
  const app = await source.build();
  try {
    await app.init();
    return printAppSubgraphSdl(app);
  } finally {
    await app.close();
  }
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
  for (const source of sources) {
    writeFileSync(join(REPO_ROOT, source.sdlPath), await printSubgraph(source));
    written.push(source.sdlPath);
  }
  writeFileSync(join(REPO_ROOT, SUPERGRAPH_PATH), composeCommitted(sources));
  written.push(SUPERGRAPH_PATH);
  return written;
}
