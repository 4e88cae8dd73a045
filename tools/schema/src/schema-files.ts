import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, runServiceCommand } from '@kyodo/consortium-tools';
import { sdlHash } from '@kyodo/subgraph';
import { composeSupergraph } from './compose-supergraph';
import { writeConsoleOperations } from './console-operations';
import { SubgraphSource, SUBGRAPHS } from './subgraphs';
import { writeUpstreamOperations } from './upstream-operations';

export const SUPERGRAPH_PATH = 'services/gateway/supergraph.graphql';
/** Next to the supergraph: each subgraph's SDL and hash, against which the gateway checks a node's schema. */
export const SUBGRAPH_MANIFEST_PATH = 'services/gateway/supergraph.subgraphs.json';

/** The SDL a subgraph's code produces now, printed by the service itself (`main.ts print-schema`). */
export async function printSubgraph(source: SubgraphSource): Promise<string> {
  const result = await runServiceCommand(source.main, ['print-schema'], {}, 180_000); // six services compile at once
  if (result.code !== 0) throw new Error(`${source.main} print-schema failed:\n${result.stderr}`);
  return result.stdout;
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

/** The manifest of the committed subgraph SDL: `{ name: { sha256, sdl } }`, as JSON text. */
export function manifestOfCommitted(sources: SubgraphSource[] = SUBGRAPHS): string {
  const entries = sources.map((s) => {
    const sdl = readCommitted(s.sdlPath) ?? '';
    return [s.name, { sha256: sdlHash(sdl), sdl }] as const;
  });
  return JSON.stringify(Object.fromEntries(entries), null, 2) + '\n';
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
  writeFileSync(join(REPO_ROOT, SUBGRAPH_MANIFEST_PATH), manifestOfCommitted(sources));
  written.push(SUPERGRAPH_PATH, SUBGRAPH_MANIFEST_PATH);
  // The console's typed operations follow the supergraph.
  written.push(...(await writeConsoleOperations()));
  // So do the nodes' typed calls to each other (src/upstream of workers and training).
  written.push(...(await writeUpstreamOperations()));
  return written;
}
