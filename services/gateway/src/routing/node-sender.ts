import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './gateway-context';
import { NodeUnavailableError } from './routing.errors';

export interface NodeTarget {
  orgId: string;
  subgraph: string;
  url: string;
  /** Overrides the sender's default timeout for this node. */
  timeoutMs?: number;
}

/** Sends one subgraph operation to one node. A test double can stand in for the network. */
export interface NodeSender {
  send(target: NodeTarget, request: Pick<GatewayGraphQLRequest, 'query' | 'variables' | 'operationName'>, context: GatewayContext): Promise<GatewayGraphQLResponse>;
}

/**
 * Posts to a node over HTTP with Node's fetch (undici keeps connections alive and pooled per
 * origin). Anything that is not a GraphQL response — a refused connection, a timeout, a 5xx
 * page — becomes a NodeUnavailableError naming the org.
 */
export class HttpNodeSender implements NodeSender {
  constructor(private readonly timeoutMs: number) {}

  async send(target: NodeTarget, request: Pick<GatewayGraphQLRequest, 'query' | 'variables' | 'operationName'>, context: GatewayContext): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
    if (context.authorization) headers.authorization = context.authorization;
    const timeoutMs = target.timeoutMs ?? this.timeoutMs;
    let response: Response;
    try {
      response = await fetch(`${target.url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message;
      throw new NodeUnavailableError(target.orgId, target.subgraph, reason);
    }
    let body: GatewayGraphQLResponse;
    try {
      body = (await response.json()) as GatewayGraphQLResponse;
    } catch {
      throw new NodeUnavailableError(target.orgId, target.subgraph, `HTTP ${response.status} without a GraphQL body`);
    }
    if (body.data === undefined && !body.errors) {
      throw new NodeUnavailableError(target.orgId, target.subgraph, `HTTP ${response.status} without a GraphQL body`);
    }
    return body;
  }
}
