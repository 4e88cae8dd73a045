/** A node the gateway may send to, as routing needs it. */
export interface RoutableNode {
  orgId: string;
  subgraph: string;
  /** Base URL; operations go to `<url>/graphql`. */
  url: string;
  /** This node's own timeout, when the registry sets one; else the gateway default. */
  timeoutMs?: number;
}

/** Where a fetch for an org goes, or why it goes nowhere. */
export type NodeLookup =
  | { node: RoutableNode }
  | {
      /** UNKNOWN_ORG: no such member or no such node; NODE_UNAVAILABLE: known but kept out of routing. */
      refusal: 'UNKNOWN_ORG' | 'NODE_UNAVAILABLE';
      reason: string;
    };

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

/** `{ orgId: { subgraph: url } }` */
export type NodeUrlMap = Record<string, Record<string, string>>;

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
