import type { MemberAccess, NodeLookup, NodeUrlMap, RoutableNode } from '@kyodo/domain';

export type { NodeLookup, NodeUrlMap, RoutableNode };

/**
 * Where each org's node for a subgraph lives. The gateway reads it on every fetch, so an
 * implementation answers from memory: the registry keeps a snapshot it replaces on change.
 */
export interface NodeDirectory {
  lookup(orgId: string, subgraph: string): NodeLookup;
  /** Every node of the subgraph that gets traffic, ordered by org id: where fan-out goes. */
  activeNodes(subgraph: string): readonly RoutableNode[];
  /** Nodes of an active member that are down: a fan-out names them (NODE_UNAVAILABLE) instead of leaving their share out silently. */
  downNodes?(subgraph: string): readonly { orgId: string; reason: string }[];
}

/** The gateway's view of members, next to where their nodes are (the same routing table). */
export interface MemberDirectory {
  /** undefined for an org the registry does not know. */
  member(orgId: string): MemberAccess | undefined;
}

/** A fixed map of nodes, all active: the seed the registry starts from, and unit tests. */
export class StaticNodeDirectory implements NodeDirectory {
  constructor(private readonly urls: NodeUrlMap) {}

  lookup(orgId: string, subgraph: string): NodeLookup {
    const url = Object.hasOwn(this.urls, orgId) ? this.urls[orgId][subgraph] : undefined;
    return url ? { node: { orgId, subgraph, url } } : { refusal: 'UNKNOWN_ORG', reason: `No ${subgraph} node for org "${orgId}".` };
  }

  activeNodes(subgraph: string): readonly RoutableNode[] {
    return Object.keys(this.urls)
      .sort()
      .flatMap((orgId) => (this.urls[orgId][subgraph] ? [{ orgId, subgraph, url: this.urls[orgId][subgraph] }] : []));
  }
}
