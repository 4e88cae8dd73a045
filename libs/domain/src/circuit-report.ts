/**
 * Each gateway replica keeps a circuit breaker per node in its own memory; it reports their
 * states to the consortium service now and then, so the support body sees every replica's view
 * of a node beside the registry's own health check (which only asks /health).
 */
export const CIRCUIT_REPORT_PATH = '/routing-table/circuits';

/** How often a gateway reports; a report older than three rounds is stale and no longer shown. */
export const CIRCUIT_REPORT_INTERVAL_MS = 15_000;

export type CircuitState = 'CLOSED' | 'OPEN' | 'HALF_OPEN';
export const CIRCUIT_STATES: readonly CircuitState[] = ['CLOSED', 'OPEN', 'HALF_OPEN'];

export interface NodeCircuitState {
  orgId: string;
  subgraph: string;
  state: CircuitState;
}

export interface CircuitReport {
  /** The replica, a random id per gateway process. */
  gatewayId: string;
  circuits: NodeCircuitState[];
}
