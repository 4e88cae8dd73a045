import { OrgOrderAggregates, OrgWorkforceAggregates, OrgYearSnapshot } from '../snapshots/node-aggregates';

/** Hand-made snapshots of two members; the expected figures in each spec are computed by hand from these. */
export function snapshotOf(
  orgId: string,
  fiscalYear: number,
  parts: { orders?: Partial<OrgOrderAggregates>; workforce?: Partial<OrgWorkforceAggregates> } = {},
): OrgYearSnapshot {
  const none = { orderCount: 0, valueYen: 0n };
  return {
    orgId,
    fiscalYear,
    takenMonth: `${fiscalYear + 1}-03`,
    orders: {
      orgId,
      fiscalYear,
      total: none,
      publicSector: none,
      privateSector: none,
      routine: none,
      nonRoutine: none,
      byClient: [],
      byCategory: [],
      clientCount: 0,
      salesVisits: 0,
      settledSharedWork: [],
      invoicing: { invoiceCount: 0, subtotalYen: 0n, taxYen: 0n, totalYen: 0n, receivedYen: 0n },
      ...parts.orders,
    },
    workforce: {
      orgId,
      fiscalYear,
      registeredWorkers: 0,
      registrationsInYear: 0,
      directors: 0,
      activeWorkers: 0,
      workersEarningAtLeast10000: 0,
      totalPayYen: 0n,
      sharedWork: [],
      ...parts.workforce,
    },
  };
}

/** tateshina FY2025: three orders (two public, one private), ¥19,999 of pay to two workers, 90 min for shiojiri. */
export const TATESHINA_2025 = snapshotOf('tateshina', 2025, {
  orders: {
    orgId: 'tateshina',
    fiscalYear: 2025,
    total: { orderCount: 3, valueYen: 180_000n },
    publicSector: { orderCount: 2, valueYen: 150_000n },
    privateSector: { orderCount: 1, valueYen: 30_000n },
    routine: { orderCount: 1, valueYen: 100_000n },
    nonRoutine: { orderCount: 2, valueYen: 80_000n },
    byClient: [
      { clientId: 'c-city', clientName: '立科町 総務課', sector: 'PUBLIC', orderCount: 2, valueYen: 150_000n },
      { clientId: 'c-shinshu', clientName: '株式会社 信州, "本社"', sector: 'PRIVATE', orderCount: 1, valueYen: 30_000n },
    ],
    byCategory: [
      { category: 'ANNOTATION', orderCount: 1, valueYen: 30_000n },
      { category: 'DATA_ENTRY', orderCount: 1, valueYen: 100_000n },
      { category: 'WRITING', orderCount: 1, valueYen: 50_000n },
    ],
    clientCount: 2,
    salesVisits: 5,
    // tateshina owed shiojiri ¥1,200 for shiojiri's workers' work on its task, settled.
    settledSharedWork: [{ partnerOrgId: 'shiojiri', settledYen: 1_200n }],
    // Two invoices (one imported from its books) for ¥198,000 with tax; ¥110,000 received in the year.
    invoicing: { invoiceCount: 2, subtotalYen: 180_000n, taxYen: 18_000n, totalYen: 198_000n, receivedYen: 110_000n },
  },
  workforce: {
    orgId: 'tateshina',
    fiscalYear: 2025,
    registeredWorkers: 3,
    registrationsInYear: 1,
    directors: 2,
    activeWorkers: 2,
    workersEarningAtLeast10000: 1,
    totalPayYen: 19_999n,
    sharedWork: [{ taskOrgId: 'shiojiri', approvedMinutes: 90, payYen: 4_000n }],
  },
});

/** shiojiri FY2025: one private routine order of ¥20,000, one worker paid ¥12,000, 30 min for tateshina. */
export const SHIOJIRI_2025 = snapshotOf('shiojiri', 2025, {
  orders: {
    orgId: 'shiojiri',
    fiscalYear: 2025,
    total: { orderCount: 1, valueYen: 20_000n },
    publicSector: { orderCount: 0, valueYen: 0n },
    privateSector: { orderCount: 1, valueYen: 20_000n },
    routine: { orderCount: 1, valueYen: 20_000n },
    nonRoutine: { orderCount: 0, valueYen: 0n },
    byClient: [{ clientId: 'c-x', clientName: 'X社', sector: 'PRIVATE', orderCount: 1, valueYen: 20_000n }],
    byCategory: [{ category: 'DATA_ENTRY', orderCount: 1, valueYen: 20_000n }],
    clientCount: 1,
    // shiojiri owed tateshina ¥3,000, settled.
    settledSharedWork: [{ partnerOrgId: 'tateshina', settledYen: 3_000n }],
  },
  workforce: {
    orgId: 'shiojiri',
    fiscalYear: 2025,
    registeredWorkers: 5,
    activeWorkers: 1,
    workersEarningAtLeast10000: 1,
    totalPayYen: 12_000n,
    sharedWork: [{ taskOrgId: 'tateshina', approvedMinutes: 30, payYen: 1_500n }],
  },
});

/** tateshina FY2024: ¥160,000 of orders and ¥170,000 of pay: a loss of ¥10,000 without costs. */
export const TATESHINA_2024 = snapshotOf('tateshina', 2024, {
  orders: {
    orgId: 'tateshina',
    fiscalYear: 2024,
    total: { orderCount: 2, valueYen: 160_000n },
    publicSector: { orderCount: 2, valueYen: 160_000n },
    privateSector: { orderCount: 0, valueYen: 0n },
    routine: { orderCount: 2, valueYen: 160_000n },
    nonRoutine: { orderCount: 0, valueYen: 0n },
    byClient: [{ clientId: 'c-city', clientName: '立科町 総務課', sector: 'PUBLIC', orderCount: 2, valueYen: 160_000n }],
    byCategory: [{ category: 'DATA_ENTRY', orderCount: 2, valueYen: 160_000n }],
  },
  workforce: {
    orgId: 'tateshina',
    fiscalYear: 2024,
    registeredWorkers: 2,
    activeWorkers: 2,
    workersEarningAtLeast10000: 2,
    totalPayYen: 170_000n,
    sharedWork: [],
  },
});
