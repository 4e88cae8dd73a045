import CircuitBreaker from 'opossum';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from './gateway-context';
import type { NodeSender, NodeTarget } from './node-sender';
import { NodeUnavailableError } from './routing.errors';

export interface BreakerOptions {
  /** Share of failed calls in the rolling window that opens the circuit, in percent. */
  errorThresholdPercentage: number;
  /** Calls in the window before the circuit may open at all: one slow blip never does. */
  volumeThreshold: number;
  /** How long an open circuit fails fast before letting one probe call through, in ms. */
  resetTimeoutMs: number;
  /** Rolling window over which failures are counted, in ms. */
  rollingWindowMs: number;
}

export const DEFAULT_BREAKER: BreakerOptions = {
  errorThresholdPercentage: 50,
  volumeThreshold: 3,
  resetTimeoutMs: 5_000,
  rollingWindowMs: 10_000,
};

type Send = NodeSender['send'];
export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';

/**
 * One circuit breaker per node (opossum). When a node keeps failing — refused connections,
 * timeouts, 5xx pages — its circuit opens and requests that need it get NODE_UNAVAILABLE at
 * once instead of each waiting out the timeout; after `resetTimeoutMs` one request goes
 * through as a probe, and a success closes the circuit again. A GraphQL error answered by the
 * node (refused, bad input) is an answer, not a failure.
 */
export class BreakerNodeSender implements NodeSender {
  private readonly breakers = new Map<string, CircuitBreaker<Parameters<Send>, GatewayGraphQLResponse>>();

  constructor(
    private readonly inner: NodeSender,
    private readonly options: BreakerOptions = DEFAULT_BREAKER,
  ) {}

  async send(target: NodeTarget, request: Parameters<Send>[1], context: GatewayContext): Promise<GatewayGraphQLResponse> {
    try {
      return await this.breakerFor(target).fire(target, request, context);
    } catch (error) {
      if ((error as { code?: string }).code === 'EOPENBREAKER') {
        throw new NodeUnavailableError(
          target.orgId,
          target.subgraph,
          `it failed repeatedly; the gateway retries it within ${this.options.resetTimeoutMs / 1000} s`,
        );
      }
      throw error;
    }
  }

  /** The circuit of each node that has been called, e.g. for the registry's node view. */
  state(target: Pick<NodeTarget, 'url'>): CircuitState {
    const breaker = this.breakers.get(target.url);
    if (!breaker || breaker.closed) return 'CLOSED';
    return breaker.halfOpen ? 'HALF_OPEN' : 'OPEN';
  }

  shutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
    this.breakers.clear();
  }

  private breakerFor(target: NodeTarget): CircuitBreaker<Parameters<Send>, GatewayGraphQLResponse> {
    // Keyed by URL: a node moved to a new URL starts with a fresh circuit.
    let breaker = this.breakers.get(target.url);
    if (!breaker) {
      breaker = new CircuitBreaker<Parameters<Send>, GatewayGraphQLResponse>((t, r, c) => this.inner.send(t, r, c), {
        name: `${target.orgId}/${target.subgraph}`,
        timeout: false, // the inner sender has the (per-node) timeout
        errorThresholdPercentage: this.options.errorThresholdPercentage,
        volumeThreshold: this.options.volumeThreshold,
        resetTimeout: this.options.resetTimeoutMs,
        rollingCountTimeout: this.options.rollingWindowMs,
        errorFilter: (error: unknown) => !(error instanceof NodeUnavailableError),
      });
      this.breakers.set(target.url, breaker);
    }
    return breaker;
  }
}
