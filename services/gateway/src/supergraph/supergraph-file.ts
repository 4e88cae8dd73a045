import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The committed supergraph, composed ahead of time from every subgraph's committed SDL. */
export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '../../supergraph.graphql');

export function readSupergraph(path: string = DEFAULT_SUPERGRAPH_PATH): string {
  return readFileSync(path, 'utf8');
}
