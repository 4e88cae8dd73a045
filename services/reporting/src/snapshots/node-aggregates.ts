/**
 * What member nodes answer to the reporting fan-out fields (orders' consortiumOrderAggregates,
 * workers' consortiumWorkforceAggregates), as reporting stores them in its snapshots. The
 * shapes mirror those subgraphs' types; reporting never imports a service, only the schema.
 */
export interface OrderValueSlice {
  orderCount: number;
  valueYen: bigint;
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
  /** Clients on the books by the year's end (cumulative); 0 in snapshots taken before nodes sent it. */
  clientCount: number;
  /** Sales visits (営業活動) logged in the year; 0 in snapshots taken before nodes sent it. */
  salesVisits: number;
  /** What this org owed each partner for shared work, as settled in the year. */
  settledSharedWork: { partnerOrgId: string; settledYen: bigint }[];
  /** Billed (by issue date, less credit notes) and received (by arrival) in the year, imported history included; zeros in snapshots taken before nodes sent it. */
  invoicing: InvoicingInYear;
}

export interface InvoicingInYear {
  invoiceCount: number;
  subtotalYen: bigint;
  taxYen: bigint;
  totalYen: bigint;
  receivedYen: bigint;
}

const NO_INVOICING: InvoicingInYear = { invoiceCount: 0, subtotalYen: 0n, taxYen: 0n, totalYen: 0n, receivedYen: 0n };

export interface OrgWorkforceAggregates {
  orgId: string;
  fiscalYear: number;
  registeredWorkers: number;
  /** Registered during the year; 0 in snapshots taken before nodes sent it. */
  registrationsInYear: number;
  /** Staff who held the director role during the year (the node's staff-role history); 0 in snapshots taken before nodes sent it. */
  directors: number;
  activeWorkers: number;
  workersEarningAtLeast10000: number;
  totalPayYen: bigint;
  sharedWork: { taskOrgId: string; approvedMinutes: number; payYen: bigint }[];
}

/** One org's stored figures for one fiscal year: the latest monthly snapshot. */
export interface OrgYearSnapshot {
  orgId: string;
  fiscalYear: number;
  /** YYYY-MM of the month the snapshot was taken. */
  takenMonth: string;
  orders: OrgOrderAggregates;
  workforce: OrgWorkforceAggregates;
  /** Gathered from the nodes just now rather than read from a stored snapshot. */
  current?: boolean;
}

/**
 * Yen as nodes send it (a decimal string) and as snapshots store it in jsonb (a decimal string
 * too: jsonb numbers come back to JavaScript as floats, exact only below 2^53). A number is taken
 * while it is exact, for rows written before amounts were strings.
 */
export function yenOf(value: unknown): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'string' && /^-?(0|[1-9][0-9]*)$/.test(value)) return BigInt(value);
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  throw new Error(`Not a whole yen amount: ${String(value)}`);
}

type Wire<T> = {
  [K in keyof T]: T[K] extends bigint ? string | number : T[K] extends (infer U)[] ? Wire<U>[] : T[K] extends object ? Wire<T[K]> : T[K];
};

const sliceOf = <T extends OrderValueSlice>(slice: Wire<T>): T => ({ ...slice, valueYen: yenOf(slice.valueYen) }) as unknown as T;

/** An orders node's answer (or a stored copy of one) with its amounts as bigints; a stored copy may predate `invoicing`. */
export function orderAggregatesOf(
  raw: Omit<Wire<OrgOrderAggregates>, 'invoicing'> & { invoicing?: Wire<InvoicingInYear> },
): OrgOrderAggregates {
  return {
    ...raw,
    total: sliceOf(raw.total),
    publicSector: sliceOf(raw.publicSector),
    privateSector: sliceOf(raw.privateSector),
    routine: sliceOf(raw.routine),
    nonRoutine: sliceOf(raw.nonRoutine),
    byClient: raw.byClient.map((c) => sliceOf(c)),
    byCategory: raw.byCategory.map((c) => sliceOf(c)),
    clientCount: raw.clientCount ?? 0,
    salesVisits: raw.salesVisits ?? 0,
    settledSharedWork: (raw.settledSharedWork ?? []).map((s) => ({ partnerOrgId: s.partnerOrgId, settledYen: yenOf(s.settledYen) })),
    invoicing: raw.invoicing
      ? {
          invoiceCount: raw.invoicing.invoiceCount,
          subtotalYen: yenOf(raw.invoicing.subtotalYen),
          taxYen: yenOf(raw.invoicing.taxYen),
          totalYen: yenOf(raw.invoicing.totalYen),
          receivedYen: yenOf(raw.invoicing.receivedYen),
        }
      : NO_INVOICING,
  };
}

/** A workers node's answer (or a stored copy of one) with its amounts as bigints. */
export function workforceAggregatesOf(raw: Wire<OrgWorkforceAggregates>): OrgWorkforceAggregates {
  return {
    ...raw,
    registrationsInYear: raw.registrationsInYear ?? 0,
    directors: raw.directors ?? 0,
    totalPayYen: yenOf(raw.totalPayYen),
    sharedWork: raw.sharedWork.map((s) => ({ ...s, payYen: yenOf(s.payYen) })),
  };
}

export type OrgOrderAggregatesWire = Wire<OrgOrderAggregates>;
export type OrgWorkforceAggregatesWire = Wire<OrgWorkforceAggregates>;

/** JSON for jsonb with every bigint as its decimal string. */
export function storedJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item));
}

const SLICE = 'orderCount valueYen';

/** The documents reporting sends through the gateway; the gateway fans each out to every member. */
export const ORDER_AGGREGATES_QUERY = `query ($fiscalYear: Int!) {
  consortiumOrderAggregates(fiscalYear: $fiscalYear) {
    orgId fiscalYear total { ${SLICE} } publicSector { ${SLICE} } privateSector { ${SLICE} } routine { ${SLICE} } nonRoutine { ${SLICE} }
    byClient { clientId clientName sector ${SLICE} } byCategory { category ${SLICE} }
    clientCount salesVisits settledSharedWork { partnerOrgId settledYen }
    invoicing { invoiceCount subtotalYen taxYen totalYen receivedYen }
  }
}`;

/** The registry (hub data of the gateway): who the members are, to count municipalities. */
export const MEMBERS_QUERY = `query { consortiumMembers { id kind status createdAt } }`;

export const WORKFORCE_AGGREGATES_QUERY = `query ($fiscalYear: Int!) {
  consortiumWorkforceAggregates(fiscalYear: $fiscalYear) {
    orgId fiscalYear registeredWorkers registrationsInYear directors activeWorkers workersEarningAtLeast10000 totalPayYen sharedWork { taskOrgId approvedMinutes payYen }
  }
}`;
