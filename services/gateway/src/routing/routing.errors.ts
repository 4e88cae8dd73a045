import { GraphQLError } from 'graphql';

/** Every way the gateway's routing answers for a node instead of the node itself. */
export type RoutingErrorCode =
  /** The org's node errored, timed out or could not be reached. */
  | 'NODE_UNAVAILABLE'
  /** A root operation named no org and the caller has none to default to. */
  | 'ORG_REQUIRED'
  /** The named org has no node for this subgraph. */
  | 'UNKNOWN_ORG'
  /** A member named another member's org in a field that is not declared cross-org. */
  | 'CROSS_ORG_REFUSED';

export function routingError(
  code: RoutingErrorCode,
  message: string,
  extra: { orgId?: string; subgraph: string; path?: ReadonlyArray<string | number> },
): GraphQLError {
  return new GraphQLError(message, {
    path: extra.path,
    extensions: { code, subgraph: extra.subgraph, ...(extra.orgId ? { orgId: extra.orgId } : {}) },
  });
}

/** Raised by a node sender when the node did not answer with a GraphQL response. */
export class NodeUnavailableError extends Error {
  constructor(
    readonly orgId: string,
    readonly subgraph: string,
    readonly reason: string,
  ) {
    super(`The ${subgraph} node of org "${orgId}" is unavailable: ${reason}`);
    this.name = 'NodeUnavailableError';
  }
}
