import { buildSubgraphSchema } from '@apollo/subgraph';
import { findBreakingChanges, parse } from 'graphql';

export type SchemaFit = { fits: true } | { fits: false; problem: string };

/**
 * Whether a node serving `nodeSdl` can answer everything the supergraph composed from
 * `composedSdl` may plan to it. Equal hashes fit at once; otherwise the node's schema must not
 * break the composed one (graphql-js's breaking-change rules: nothing removed, no type or
 * argument changed incompatibly). So a member that upgraded early with additions still fits,
 * and one that has not yet taken a change the supergraph relies on is kept out.
 */
export function schemaFit(composedSdl: string, nodeSdl: string): SchemaFit {
  if (composedSdl === nodeSdl) return { fits: true };
  let breaking;
  try {
    breaking = findBreakingChanges(buildSubgraphSchema(parse(composedSdl)), buildSubgraphSchema(parse(nodeSdl)));
  } catch (error) {
    return { fits: false, problem: `the node's SDL does not build: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (breaking.length === 0) return { fits: true };
  const shown = breaking.slice(0, 5).map((change) => change.description);
  const more = breaking.length > shown.length ? ` (and ${breaking.length - shown.length} more)` : '';
  return { fits: false, problem: shown.join('; ') + more };
}
