import { FAN_OUT_FIELDS, NODE_SUBGRAPHS } from '@kyodo/domain';
import type { NodeDirectory } from './node-directory';

/**
 * A consortium-wide field runs once on every active member's node, so its cost counts once per
 * active member (read from the registry snapshot at the time of the request).
 */
export function fanOutMultiplier(
  directory: NodeDirectory,
  fanOutFields: Readonly<Record<string, unknown>> = FAN_OUT_FIELDS,
): (coordinate: string) => number {
  return (coordinate) => (fanOutFields[coordinate] ? Math.max(activeMemberCount(directory), 1) : 1);
}

/** Members with at least one active node in the registry snapshot. */
export function activeMemberCount(directory: NodeDirectory): number {
  return new Set(NODE_SUBGRAPHS.flatMap((subgraph) => directory.activeNodes(subgraph).map((node) => node.orgId))).size;
}
