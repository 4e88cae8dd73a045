/**
 * What member nodes answer to the reporting fan-out fields (orders' consortiumOrderAggregates,
 * workers' consortiumWorkforceAggregates), as reporting stores them in its snapshots. The
 * shapes mirror those subgraphs' types; reporting never imports a service, only the schema.
 */
export interface OrderValueSlice {
  orderCount: number;
  valueYen: number;
}

export interface OrgOrderAggregates {
  orgId: string;
  fiscalYear: number;
  total: OrderValueSlice;
  publicSector: OrderValueSlice;
  privateSector: OrderValueSlice;
  routine: OrderValueSlice;
  nonRoutine: OrderValueSlice;
  byClient: (OrderValueSlice & { clientId: string; clientName: string; sector: string })[];
  byCategory: (OrderValueSlice & { category: string })[];
}

export interface OrgWorkforceAggregates {
  orgId: string;
  fiscalYear: number;
  registeredWorkers: number;
  activeWorkers: number;
  workersEarningAtLeast10000: number;
  totalPayYen: number;
  sharedWork: { taskOrgId: string; approvedMinutes: number; payYen: number }[];
}

/** One org's stored figures for one fiscal year: the latest monthly snapshot. */
export interface OrgYearSnapshot {
  orgId: string;
  fiscalYear: number;
  /** YYYY-MM of the month the snapshot was taken. */
  takenMonth: string;
  orders: OrgOrderAggregates;
  workforce: OrgWorkforceAggregates;
}

const SLICE = 'orderCount valueYen';

/** The documents reporting sends through the gateway; the gateway fans each out to every member. */
export const ORDER_AGGREGATES_QUERY = `query ($fiscalYear: Int!) {
  consortiumOrderAggregates(fiscalYear: $fiscalYear) {
    orgId fiscalYear total { ${SLICE} } publicSector { ${SLICE} } privateSector { ${SLICE} } routine { ${SLICE} } nonRoutine { ${SLICE} }
    byClient { clientId clientName sector ${SLICE} } byCategory { category ${SLICE} }
  }
}`;

/** The registry (hub data of the gateway): who the members are, to count municipalities. */
export const MEMBERS_QUERY = `query { consortiumMembers { id kind status } }`;

export const WORKFORCE_AGGREGATES_QUERY = `query ($fiscalYear: Int!) {
  consortiumWorkforceAggregates(fiscalYear: $fiscalYear) {
    orgId fiscalYear registeredWorkers activeWorkers workersEarningAtLeast10000 totalPayYen sharedWork { taskOrgId approvedMinutes payYen }
  }
}`;
