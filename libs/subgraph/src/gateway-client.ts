import { DomainError } from './domain.error';

/** The caller a node acts for: its bearer token goes with the call, so the other node applies the same rules. */
export interface OnBehalfOf {
  token: string;
}

export type UpstreamErrorCode = 'UPSTREAM_NOT_CONFIGURED' | 'UPSTREAM_FAILED';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * How a node asks another subgraph: a GraphQL request to the consortium gateway carrying the
 * caller's own token. The gateway routes it (to the caller's org or a named one) and the node
 * that answers checks the caller's roles itself, so no node holds a credential of its own for
 * reading another's data. Any error in the answer fails the call: callers make decisions on it.
 */
export class GatewayClient {
  constructor(
    private readonly url: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}

  async request<T>(caller: OnBehalfOf, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!this.url) throw new DomainError<UpstreamErrorCode>('UPSTREAM_NOT_CONFIGURED', 'This node has no GATEWAY_URL, so it cannot ask other subgraphs.');
    let body: GraphQLResponse<T>;
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      body = (await response.json()) as GraphQLResponse<T>;
    } catch (error) {
      throw new DomainError<UpstreamErrorCode>('UPSTREAM_FAILED', `The gateway did not answer: ${error instanceof Error ? error.message : String(error)}.`);
    }
    if (body.errors?.length || !body.data) {
      const first = body.errors?.[0];
      throw new DomainError<UpstreamErrorCode>('UPSTREAM_FAILED', `Another subgraph refused: ${first?.message ?? 'no data'}.`, {
        upstreamCode: first?.extensions?.code ?? null,
      });
    }
    return body.data;
  }
}

/** Nest injection token for the node's GatewayClient. */
export const GATEWAY_CLIENT = Symbol('GATEWAY_CLIENT');
