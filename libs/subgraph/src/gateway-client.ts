import { DomainError } from './domain.error';

/** The caller a node acts for: its bearer token goes with the call, so the other node applies the same rules. */
export interface OnBehalfOf {
  token: string;
}

export type UpstreamErrorCode = 'UPSTREAM_NOT_CONFIGURED' | 'UPSTREAM_FAILED';

interface UpstreamError {
  message: string;
  extensions?: { code?: string; orgId?: string };
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: UpstreamError[];
}

/**
 * How a node asks another subgraph: a GraphQL request to the consortium gateway carrying the
 * caller's own token. The gateway routes it (to the caller's org or a named one) and the node
 * that answers checks the caller's roles itself, so no node holds a credential of its own for
 * reading another's data. Any error in the answer fails `request`: callers make decisions on it.
 */
/**
 * An operation typed by GraphQL Code Generator (`documentMode: 'string'`): its text, plus the
 * result and variable types it was generated with (src/upstream/gql of the calling service).
 */
export interface TypedOperation<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

/**
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export class GatewayClient {
  constructor(
    private readonly url: string | undefined,
    private readonly timeoutMs = 10_000,
    /** Sent with every call; the consortium service names a hosted member's org to its host's node (TARGET_ORG_HEADER). */
    private readonly headers: Readonly<Record<string, string>> = {},
  ) {}

  async request<T>(caller: OnBehalfOf, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.post<T>(caller, query, variables);
    if (body.errors?.length || !body.data) throw refused(body.errors?.[0]);
    return body.data;
  }

  /** Runs a typed upstream operation (a `.graphql` file under src/upstream, checked against the supergraph). */
  execute<TResult, TVariables extends Record<string, unknown>>(
    caller: OnBehalfOf,
    operation: TypedOperation<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    return this.request<TResult>(caller, operation.toString(), variables);
  }

  /**
   * For a consortium-wide (fan-out) field: the members whose node did not answer
   * (NODE_UNAVAILABLE) are named and their shares left out; any other error still fails the call.
   */
  async requestPartial<T>(
    caller: OnBehalfOf,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data: T; unavailableOrgIds: string[] }> {
    const body = await this.post<T>(caller, query, variables);
    const unavailableOrgIds: string[] = [];
    for (const error of body.errors ?? []) {
      const downOrg = error.extensions?.code === 'NODE_UNAVAILABLE' ? error.extensions.orgId : undefined;
      if (!downOrg) throw refused(error);
      unavailableOrgIds.push(downOrg);
    }
    if (!body.data) throw refused(undefined);
    return { data: body.data, unavailableOrgIds };
  }

  /**
   * For a consortium-wide field whose every member must be accounted for: any error the gateway
   * pins on one member (`extensions.orgId`: its node down, or its node failing the field, e.g.
   * an amount it could not compute) names that member, with the error's code, and the others'
   * shares stand. An error naming no member still fails the call.
   */
  async requestPerMember<T>(
    caller: OnBehalfOf,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<{ data: T; failedMembers: { orgId: string; code: string }[] }> {
    const body = await this.post<T>(caller, query, variables);
    const failedMembers = new Map<string, string>();
    for (const error of body.errors ?? []) {
      const orgId = error.extensions?.orgId;
      if (!orgId) throw refused(error);
      if (!failedMembers.has(orgId)) failedMembers.set(orgId, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    }
    if (!body.data) throw refused(undefined);
    return { data: body.data, failedMembers: [...failedMembers].map(([orgId, code]) => ({ orgId, code })) };
  }

  private async post<T>(caller: OnBehalfOf, query: string, variables: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    if (!this.url)
      throw new DomainError<UpstreamErrorCode>(
        'UPSTREAM_NOT_CONFIGURED',
        'No GATEWAY_URL is configured, so other subgraphs cannot be asked.',
      );
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'application/json', authorization: `Bearer ${caller.token}` },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      return (await response.json()) as GraphQLResponse<T>;
    } catch (error) {
      throw new DomainError<UpstreamErrorCode>(
        'UPSTREAM_FAILED',
        `The gateway did not answer: ${error instanceof Error ? error.message : String(error)}.`,
      );
    }
  }
}

function refused(error: UpstreamError | undefined): DomainError<UpstreamErrorCode> {
  return new DomainError<UpstreamErrorCode>('UPSTREAM_FAILED', `Another subgraph refused: ${error?.message ?? 'no data'}.`, {
    upstreamCode: error?.extensions?.code ?? null,
  });
}

/** Nest injection token for the node's GatewayClient. */
export const GATEWAY_CLIENT = Symbol('GATEWAY_CLIENT');
