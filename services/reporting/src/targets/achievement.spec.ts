import { totalsOf } from '../kpis/kpi-calculator';
import { Kpi } from '../kpis/kpi.enum';
import { KpiTotals } from '../kpis/kpi.model';
import { TATESHINA_2024, TATESHINA_2025 } from '../test-support/snapshot-fixtures';
import { achievements } from './achievement';
import { KpiTarget } from './kpi-target.model';

const target = (fiscalYear: number, kpi: Kpi, targetValue: number): KpiTarget => ({
  orgId: 'tateshina',
  fiscalYear,
  kpi,
  targetValue: BigInt(targetValue),
});
const TOTALS = new Map<number, KpiTotals>([
  [2024, totalsOf([TATESHINA_2024], 0n)],
  [2025, totalsOf([TATESHINA_2025], 50_000n)],
]);
const totalsOfYear = (_org: string, year: number) => TOTALS.get(year) ?? null;

describe('達成率 (achievement rates)', () => {
  const targets = [
    target(2023, Kpi.ORDER_VALUE, 999_999), // no snapshot for 2023: left out of the cumulative sums
    target(2024, Kpi.ORDER_VALUE, 200_000),
    target(2025, Kpi.ORDER_VALUE, 150_000),
    target(2025, Kpi.NET_RESULT, 100_000),
  ];

  it('is actual / target in percent with one decimal, for the year and cumulatively since the base year', () => {
    expect(achievements(targets, totalsOfYear, 2025, 2023)).toEqual([
      // 110,001 / 100,000 = 110.001 %; only 2025 has a net-result target.
      {
        orgId: 'tateshina',
        kpi: Kpi.NET_RESULT,
        fiscalYear: 2025,
        target: 100_000n,
        actual: 110_001n,
        ratePercent: 110,
        baseYear: 2023,
        cumulativeTarget: 100_000n,
        cumulativeActual: 110_001n,
        cumulativeRatePercent: 110,
      },
      // 180,000 / 150,000 = 120 %; cumulative (160,000 + 180,000) / (200,000 + 150,000) = 97.14 %.
      {
        orgId: 'tateshina',
        kpi: Kpi.ORDER_VALUE,
        fiscalYear: 2025,
        target: 150_000n,
        actual: 180_000n,
        ratePercent: 120,
        baseYear: 2023,
        cumulativeTarget: 350_000n,
        cumulativeActual: 340_000n,
        cumulativeRatePercent: 97.1,
      },
    ]);
  });

  it('with the year itself as base, the cumulative rate is the single-year rate', () => {
    const [, orders] = achievements(targets, totalsOfYear, 2025, 2025);
    expect(orders).toMatchObject({ ratePercent: 120, cumulativeRatePercent: 120, cumulativeTarget: 150_000n });
    // 160,000 / 200,000.
    expect(achievements(targets, totalsOfYear, 2024, 2024)).toMatchObject([{ kpi: Kpi.ORDER_VALUE, actual: 160_000n, ratePercent: 80 }]);
  });

  it('has no actual nor rate for a year without figures', () => {
    expect(achievements(targets, totalsOfYear, 2023, 2023)).toEqual([
      {
        orgId: 'tateshina',
        kpi: Kpi.ORDER_VALUE,
        fiscalYear: 2023,
        target: 999_999n,
        actual: null,
        ratePercent: null,
        baseYear: 2023,
        cumulativeTarget: 0n,
        cumulativeActual: 0n,
        cumulativeRatePercent: null,
      },
    ]);
  });
});
