import { snapshotOf } from '../test-support/snapshot-fixtures';
import { groupTotalsOf } from './group-totals';

/** Three members' FY2025 figures; the group is tateshina and itoigawa. Expected sums by hand. */
const YEAR = [
  snapshotOf('tateshina', 2025, {
    orders: {
      total: { orderCount: 3, valueYen: 180_000n },
      clientCount: 4,
      settledSharedWork: [{ partnerOrgId: 'shiojiri', settledYen: 7_000n }],
    },
    workforce: { registeredWorkers: 12, activeWorkers: 2, totalPayYen: 19_999n },
  }),
  snapshotOf('itoigawa', 2025, {
    orders: { total: { orderCount: 1, valueYen: 9_007_199_254_740_993n }, clientCount: 1 },
    workforce: { registeredWorkers: 5, activeWorkers: 1, totalPayYen: 1n },
  }),
  snapshotOf('shiojiri', 2025, {
    orders: { total: { orderCount: 50, valueYen: 5_000_000n }, settledSharedWork: [{ partnerOrgId: 'itoigawa', settledYen: 3_000n }] },
    workforce: { registeredWorkers: 300 },
  }),
];
const costs: Record<string, bigint> = { tateshina: 50_000n, itoigawa: 0n, shiojiri: 1_000_000n };

describe('groupTotalsOf (a project: its members summed)', () => {
  it("sums the members' figures and costs only, exact past 2^53, with their shared-work income from outside members", () => {
    const totals = groupTotalsOf(['itoigawa', 'tateshina'], YEAR, (org) => costs[org])!;
    expect({
      orders: totals.orders,
      registeredWorkers: totals.registeredWorkers,
      clientCount: totals.clientCount,
      totalWorkerPayYen: totals.totalWorkerPayYen,
      // ¥20,000 over 3 active workers: ¥6,666.67, half up to ¥6,667.
      averagePayPerActiveWorkerYen: totals.averagePayPerActiveWorkerYen,
      operatingCostsYen: totals.operatingCostsYen,
      netResultYen: totals.netResultYen,
      // itoigawa's income from shiojiri; tateshina's cost to shiojiri.
      sharedWorkIncomeYen: totals.sharedWorkIncomeYen,
      sharedWorkCostYen: totals.sharedWorkCostYen,
    }).toEqual({
      orders: { orderCount: 4, valueYen: 9_007_199_254_920_993n },
      registeredWorkers: 17,
      clientCount: 5,
      totalWorkerPayYen: 20_000n,
      averagePayPerActiveWorkerYen: 6_667n,
      operatingCostsYen: 50_000n,
      netResultYen: 9_007_199_254_920_993n - 20_000n - 50_000n,
      sharedWorkIncomeYen: 3_000n,
      sharedWorkCostYen: 7_000n,
    });
  });

  it('has no totals when a member has no figures for the year, or for an empty group', () => {
    expect(groupTotalsOf(['tateshina', 'omachi'], YEAR, () => 0n)).toBeNull();
    expect(groupTotalsOf([], YEAR, () => 0n)).toBeNull();
  });
});
