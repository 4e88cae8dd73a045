import { OrgOrderAggregates, OrgWorkforceAggregates } from './node-aggregates';

/** Every member's aggregates of one fiscal year, as far as their nodes answered. */
export interface GatheredAggregates {
  orders: OrgOrderAggregates[];
  workforce: OrgWorkforceAggregates[];
  /** Members a node of which did not answer (NODE_UNAVAILABLE): their earlier snapshots stand. */
  unavailableOrgIds: string[];
  /** Active member municipalities in the consortium registry when gathered, by id. */
  municipalityIds: string[];
}

/**
 * Where reporting gathers member aggregates: the gateway's fan-out in production
 * (GatewayAggregatesSource); specs pass a stand-in with hand-computed figures.
 */
export interface AggregatesSource {
  gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates>;
}

export const AGGREGATES_SOURCE = Symbol('AGGREGATES_SOURCE');
