import { pdfText } from '@kyodo/testing';
import { Kpi } from '../kpis/kpi.enum';
import { kpiSheetLine, KpiPlan, rateHalfUp } from './kpi-sheet';
import { kpiSheetCsv, kpiSheetPdf } from './kpi-sheet-files';

/**
 * A plan as a town writes it on the state's sheet: registered workers, base 100 people in
 * FY2024, +90 by FY2027 with +20, +30 and +40 a year. Figures: 125 (FY2025), 150 (FY2026).
 */
const PLAN: KpiPlan = {
  orgId: 'tateshina',
  kpi: Kpi.REGISTERED_WORKERS,
  baseYear: 2024,
  baseValue: 100n,
  finalYear: 2027,
  finalIncrease: 90n,
  yearlyIncreases: [
    { fiscalYear: 2025, increase: 20n },
    { fiscalYear: 2026, increase: 30n },
    { fiscalYear: 2027, increase: 40n },
  ],
};
const FIGURES = new Map<number, bigint>([
  [2024, 97n],
  [2025, 125n],
  [2026, 150n],
]);
const valueOf = (year: number) => FIGURES.get(year) ?? null;

describe('rateHalfUp (達成率)', () => {
  it.each([
    [25n, 20n, 125],
    [1n, 3n, 33.3],
    [2n, 3n, 66.7],
    // 1/16 = 6.25 %: half up to 6.3; and -6.25 % half up (toward +∞) to -6.2.
    [1n, 16n, 6.3],
    [-1n, 16n, -6.2],
    [50n, 50n, 100],
    [0n, 7n, 0],
    [9_007_199_254_740_993n, 18_014_398_509_481_986n, 50],
  ])('%s / %s is %s %%', (actual, target, expected) => {
    expect(rateHalfUp(actual, target)).toBe(expected);
  });

  it('has no rate for a target of 0 or without an actual', () => {
    expect([rateHalfUp(5n, 0n), rateHalfUp(0n, 0n), rateHalfUp(null, 5n), rateHalfUp(5n, null)]).toEqual([null, null, null, null]);
  });
});

describe('KPI sheet lines (hand-computed)', () => {
  it('measures actuals as increases over the base value, for the year and cumulatively', () => {
    // FY2025: 125 − 100 (the base value, not the FY2024 snapshot's 97) = +25 against +20 → 125 %.
    expect(kpiSheetLine(PLAN, 2025, valueOf)).toEqual({
      kpi: Kpi.REGISTERED_WORKERS,
      label: '登録者数',
      baseYear: 2024,
      baseValue: 100n,
      finalYear: 2027,
      finalIncrease: 90n,
      yearTarget: 20n,
      yearActual: 25n,
      yearRatePercent: 125,
      cumulativeTarget: 20n,
      cumulativeActual: 25n,
      cumulativeRatePercent: 125,
    });
    // FY2026: 150 − 125 = +25 against +30 → 83.3 %; cumulative 150 − 100 = +50 against +50 → 100 %.
    expect(kpiSheetLine(PLAN, 2026, valueOf)).toMatchObject({
      yearTarget: 30n,
      yearActual: 25n,
      yearRatePercent: 83.3,
      cumulativeTarget: 50n,
      cumulativeActual: 50n,
      cumulativeRatePercent: 100,
    });
    // FY2027 has no figures yet: targets stand, actuals and rates are empty.
    expect(kpiSheetLine(PLAN, 2027, valueOf)).toMatchObject({
      yearTarget: 40n,
      yearActual: null,
      yearRatePercent: null,
      cumulativeTarget: 90n,
      cumulativeActual: null,
      cumulativeRatePercent: null,
    });
  });

  it('allows a target of 0: its rate is none', () => {
    const zero: KpiPlan = { ...PLAN, finalIncrease: 0n, yearlyIncreases: [{ fiscalYear: 2025, increase: 0n }] };
    expect(kpiSheetLine(zero, 2025, valueOf)).toMatchObject({
      yearTarget: 0n,
      yearActual: 25n,
      yearRatePercent: null,
      cumulativeTarget: 0n,
      cumulativeRatePercent: null,
    });
  });
});

describe('KPI sheet files', () => {
  const big: KpiPlan = {
    orgId: 'tateshina',
    kpi: Kpi.ORDER_VALUE,
    baseYear: 2024,
    baseValue: 0n,
    finalYear: 2026,
    finalIncrease: 18_014_398_509_481_986n,
    yearlyIncreases: [
      { fiscalYear: 2025, increase: 9_007_199_254_740_993n },
      { fiscalYear: 2026, increase: 0n },
    ],
  };
  const lines = [kpiSheetLine(big, 2025, () => 9_007_199_254_740_993n), kpiSheetLine(PLAN, 2025, valueOf)];

  it("writes the CSV with every digit past 2^53 and the sheet's columns", () => {
    const file = kpiSheetCsv('tateshina', 2025, lines);
    expect(file.filename).toBe('kyodo-kpi-sheet-fy2025-tateshina.csv');
    expect(
      file.content
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n'),
    ).toEqual([
      '指標,基準年度,基準値,最終目標年度,最終目標,単年度目標,単年度実績,達成率（%）,累計目標,累計実績,達成率（%）',
      '受注額（円）,2024年度,0,2026年度,18014398509481986,9007199254740993,9007199254740993,100.0,9007199254740993,9007199254740993,100.0',
      '登録者数,2024年度,100,2027年度,90,20,25,125.0,20,25,125.0',
    ]);
    const zeroTarget = kpiSheetCsv('tateshina', 2026, [kpiSheetLine(big, 2026, () => 9_007_199_254_740_993n)])
      .content.trimEnd()
      .split('\r\n')[1];
    // FY2026: a target of 0 and no increase: the rate is "—"; cumulatively 100 %.
    expect(zeroTarget).toBe('受注額（円）,2024年度,0,2026年度,18014398509481986,0,0,—,9007199254740993,9007199254740993,100.0');
  });

  it('prints the PDF with every digit past 2^53, "—" for a rate that has none', async () => {
    const text = await pdfText(
      await kpiSheetPdf('tateshina', 2026, [kpiSheetLine(big, 2026, () => 9_007_199_254_740_993n), kpiSheetLine(PLAN, 2026, valueOf)]),
    );
    expect(text).toContain('KPIシート（2026年度）');
    const flat = text.replace(/\s+/g, '');
    for (const expected of ['18,014,398,509,481,986', '9,007,199,254,740,993', '—', '83.3', '100.0', '登録者数'])
      expect([expected, flat.includes(expected)]).toEqual([expected, true]);
  });
});
