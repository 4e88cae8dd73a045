import { existsSync, readFileSync } from 'node:fs';

/** `{ subgraph: { sha256, sdl } }`: the SDL each subgraph had when the supergraph was composed. */
export type SubgraphManifest = Record<string, { sha256: string; sdl: string }>;

/** Written by `npm run schema` next to the supergraph (`supergraph.subgraphs.json`). */
export function readSubgraphManifest(supergraphPath: string): SubgraphManifest {
  const path = supergraphPath.replace(/\.graphql$/, '') + '.subgraphs.json';
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run schema`);
  return JSON.parse(readFileSync(path, 'utf8')) as SubgraphManifest;
}
