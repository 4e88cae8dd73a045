import { SHIOJIRI_2025, TATESHINA_2024, TATESHINA_2025 } from '../test-support/snapshot-fixtures';
import { consortiumKpis, kpiValue, orgKpis, totalsOf } from './kpi-calculator';
import { Kpi } from './kpi.enum';

describe('KPIs from snapshots (hand-computed)', () => {
  it("computes one org's totals: net result, average pay, largest client's share, consortium work", () => {
    expect(totalsOf([TATESHINA_2025], 50_000n)).toEqual({
      orders: { orderCount: 3, valueYen: 180_000n },
      publicSector: { orderCount: 2, valueYen: 150_000n },
      privateSector: { orderCount: 1, valueYen: 30_000n },
      routine: { orderCount: 1, valueYen: 100_000n },
      nonRoutine: { orderCount: 2, valueYen: 80_000n },
      workersEarningAtLeast10000: 1,
      registeredWorkers: 3,
      activeWorkers: 2,
      // ¥19,999 / 2 = ¥9,999.5, rounded half up.
      averagePayPerActiveWorkerYen: 10_000n,
      totalWorkerPayYen: 19_999n,
      operatingCostsYen: 50_000n,
      // 180,000 − 19,999 − 50,000.
      netResultYen: 110_001n,
      // 150,000 / 180,000 = 83.33 %.
      largestClientSharePercent: 83.3,
      sharedWorkMinutes: 90,
      sharedWorkPayYen: 4_000n,
      clientCount: 2,
      salesVisits: 5,
      workerRegistrations: 1,
      directors: 2,
      newMunicipalities: 0,
      // Alone, tateshina's income from shiojiri is unknown (it is in shiojiri's figures); its cost is its own.
      sharedWorkIncomeYen: 0n,
      sharedWorkCostYen: 1_200n,
      invoiceCount: 2,
      invoicedYen: 198_000n,
      paymentsReceivedYen: 110_000n,
    });
  });

  it("takes a member's shared-work income from its counterparts' settled statements, both directions by counterpart", () => {
    const kpis = orgKpis(TATESHINA_2025, 0n, null, [SHIOJIRI_2025, TATESHINA_2025]);
    expect(kpis.settlements).toEqual([{ counterpartOrgId: 'shiojiri', incomeYen: 3_000n, costYen: 1_200n }]);
    expect([kpis.totals.sharedWorkIncomeYen, kpis.totals.sharedWorkCostYen]).toEqual([3_000n, 1_200n]);
    // Across the consortium every settled yen is one member's income and another's cost.
    const consortium = consortiumKpis(2025, [SHIOJIRI_2025, TATESHINA_2025], 0n, null);
    expect([
      consortium.totals.sharedWorkIncomeYen,
      consortium.totals.sharedWorkCostYen,
      consortium.totals.clientCount,
      consortium.totals.workerRegistrations,
      consortium.totals.directors,
    ]).toEqual([4_200n, 4_200n, 3, 1, 2]);
  });

  it('counts the municipalities newly adopting the model among the orgs with figures: the consortium, a member, a group', () => {
    // tateshina and omachi joined in the year; omachi has no figures yet, so it is not among these orgs.
    const adopted = ['omachi', 'tateshina'];
    expect([
      consortiumKpis(2025, [SHIOJIRI_2025, TATESHINA_2025], 0n, null, null, [], adopted).totals.newMunicipalities,
      orgKpis(TATESHINA_2025, 0n, null, [TATESHINA_2025], adopted).totals.newMunicipalities,
      orgKpis(SHIOJIRI_2025, 0n, null, [SHIOJIRI_2025], adopted).totals.newMunicipalities,
      kpiValue(totalsOf([SHIOJIRI_2025, TATESHINA_2025], 0n, [SHIOJIRI_2025, TATESHINA_2025], adopted), Kpi.NEW_MUNICIPALITIES),
    ]).toEqual([1, 1, 0, 1n]);
  });

  it('lists clients largest first with their shares, and compares with the year before', () => {
    const kpis = orgKpis(TATESHINA_2025, 50_000n, totalsOf([TATESHINA_2024], 0n));
    expect(kpis.byClient.map((c) => [c.clientName, c.sharePercent])).toEqual([
      ['立科町 総務課', 83.3],
      ['株式会社 信州, "本社"', 16.7],
    ]);
    expect(kpis.sharedWork).toEqual([{ homeOrgId: 'tateshina', taskOrgId: 'shiojiri', approvedMinutes: 90, payYen: 4_000n }]);
    const change = (kpi: Kpi) => kpis.yearOverYear.find((c) => c.kpi === kpi);
    // (180,000 − 160,000) / 160,000 = +12.5 %.
    expect(change(Kpi.ORDER_VALUE)).toEqual({ kpi: Kpi.ORDER_VALUE, previous: 160_000n, current: 180_000n, changePercent: 12.5 });
    // From a loss of ¥10,000 to a surplus of ¥110,001: +1,200.0 % of the loss's size.
    expect(change(Kpi.NET_RESULT)).toEqual({ kpi: Kpi.NET_RESULT, previous: -10_000n, current: 110_001n, changePercent: 1200 });
    // No private orders the year before: no rate against 0.
    expect(change(Kpi.PRIVATE_ORDER_VALUE)).toEqual({ kpi: Kpi.PRIVATE_ORDER_VALUE, previous: 0n, current: 30_000n, changePercent: null });
    expect(kpis.yearOverYear).toHaveLength(Object.values(Kpi).length);
    expect(orgKpis(TATESHINA_2025, 0n, null).yearOverYear.every((c) => c.previous === null && c.changePercent === null)).toBe(true);
  });

  it('sums the consortium and shows how consortium work and pay fell to each home org', () => {
    const consortium = consortiumKpis(2025, [SHIOJIRI_2025, TATESHINA_2025], 50_000n, null, 3);
    expect([consortium.memberCount, consortium.municipalityCount]).toEqual([2, 3]);
    expect(consortium.totals).toMatchObject({
      orders: { orderCount: 4, valueYen: 200_000n },
      publicSector: { orderCount: 2, valueYen: 150_000n },
      privateSector: { orderCount: 2, valueYen: 50_000n },
      routine: { orderCount: 2, valueYen: 120_000n },
      nonRoutine: { orderCount: 2, valueYen: 80_000n },
      registeredWorkers: 8,
      activeWorkers: 3,
      workersEarningAtLeast10000: 2,
      totalWorkerPayYen: 31_999n,
      // 31,999 / 3 = 10,666.33.
      averagePayPerActiveWorkerYen: 10_666n,
      netResultYen: 118_001n,
      largestClientSharePercent: 75,
      sharedWorkMinutes: 120,
      sharedWorkPayYen: 5_500n,
    });
    expect(consortium.sharedWorkByHomeOrg).toEqual([
      // 1,500 / 5,500 = 27.27 %; 4,000 / 5,500 = 72.73 %.
      { homeOrgId: 'shiojiri', approvedMinutes: 30, payYen: 1_500n, paySharePercent: 27.3 },
      { homeOrgId: 'tateshina', approvedMinutes: 90, payYen: 4_000n, paySharePercent: 72.7 },
    ]);
    expect(consortium.byCategory).toEqual([
      { category: 'ANNOTATION', orderCount: 1, valueYen: 30_000n },
      { category: 'DATA_ENTRY', orderCount: 2, valueYen: 120_000n },
      { category: 'WRITING', orderCount: 1, valueYen: 50_000n },
    ]);
  });

  it('reads every KPI from the totals', () => {
    const totals = totalsOf([TATESHINA_2025], 50_000n);
    expect(Object.fromEntries(Object.values(Kpi).map((kpi) => [kpi, kpiValue(totals, kpi)]))).toEqual({
      ORDER_VALUE: 180_000n,
      ORDER_COUNT: 3n,
      PUBLIC_ORDER_VALUE: 150_000n,
      PRIVATE_ORDER_VALUE: 30_000n,
      ROUTINE_ORDER_VALUE: 100_000n,
      NON_ROUTINE_ORDER_VALUE: 80_000n,
      WORKERS_EARNING_10000: 1n,
      REGISTERED_WORKERS: 3n,
      ACTIVE_WORKERS: 2n,
      AVERAGE_PAY_PER_ACTIVE_WORKER: 10_000n,
      TOTAL_WORKER_PAY: 19_999n,
      NET_RESULT: 110_001n,
      SHARED_WORK_MINUTES: 90n,
      SHARED_WORK_PAY: 4_000n,
      CLIENTS: 2n,
      SALES_VISITS: 5n,
      WORKER_REGISTRATIONS: 1n,
      SHARED_WORK_INCOME: 0n,
      SHARED_WORK_COST: 1_200n,
      DIRECTORS: 2n,
      NEW_MUNICIPALITIES: 0n,
    });
  });

  it('gives an empty year zeros and no share', () => {
    expect(totalsOf([], 0n)).toMatchObject({
      orders: { orderCount: 0, valueYen: 0n },
      averagePayPerActiveWorkerYen: 0n,
      largestClientSharePercent: null,
      netResultYen: 0n,
    });
  });
});
