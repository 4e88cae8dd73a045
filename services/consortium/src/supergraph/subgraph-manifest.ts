import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The manifest committed beside the supergraph the gateway serves (`npm run schema` writes both). */
export const DEFAULT_SUBGRAPH_MANIFEST_PATH = join(__dirname, '../../../gateway/supergraph.subgraphs.json');

/** `{ subgraph: { sha256, sdl } }`: the SDL each subgraph had when the supergraph was composed. */
export type SubgraphManifest = Record<string, { sha256: string; sdl: string }>;

/** Written by `npm run schema` next to the supergraph (`supergraph.subgraphs.json`). */
export function readSubgraphManifest(path: string = DEFAULT_SUBGRAPH_MANIFEST_PATH): SubgraphManifest {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run schema`);
  return JSON.parse(readFileSync(path, 'utf8')) as SubgraphManifest;
}
