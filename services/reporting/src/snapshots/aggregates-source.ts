import { OrgOrderAggregates, OrgWorkforceAggregates } from './node-aggregates';

export interface MemberFailure {
  orgId: string;
  code: string;
}

/** Every member's aggregates of one fiscal year, as far as their nodes answered. */
export interface GatheredAggregates {
  orders: OrgOrderAggregates[];
  workforce: OrgWorkforceAggregates[];
  /** Members whose figures failed to gather (a node down or failing): their earlier snapshots stand. */
  unavailableOrgIds: string[];
  /** The same members, each with the code of its first error (NODE_UNAVAILABLE, INTERNAL_SERVER_ERROR, ...). */
  failures: MemberFailure[];
  /** Active member municipalities in the consortium registry when gathered, by id. */
  municipalityIds: string[];
  /** Municipalities whose registry onboarding date falls in the year (newMunicipalitiesOf), by id. */
  newMunicipalityIds: string[];
}

/**
 * Where reporting gathers member aggregates: the gateway's fan-out in production
 * (GatewayAggregatesSource); specs pass a stand-in with hand-computed figures.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface AggregatesSource {
  gather(fiscalYear: number, callerToken: string): Promise<GatheredAggregates>;
}

export const AGGREGATES_SOURCE = Symbol('AGGREGATES_SOURCE');
