import { consumptionTax } from './consumption-tax';

describe('consumption tax, rounded once per invoice per rate', () => {
  it('rounds down the tax of the sum, not of each line', () => {
    // Per line: floor(10.5) × 3 = 30; per invoice: floor(31.5) = 31.
    expect(consumptionTax([105, 105, 105].map((amountYen) => ({ amountYen, taxRatePercent: 10 })))).toMatchObject({ subtotalYen: 315, taxYen: 31, totalYen: 346 });
  });

  it('rounds down, never up or to nearest', () => {
    expect(consumptionTax([{ amountYen: 999, taxRatePercent: 10 }]).taxYen).toBe(99);
    expect(consumptionTax([{ amountYen: 9, taxRatePercent: 10 }]).taxYen).toBe(0);
    expect(consumptionTax([{ amountYen: 120_000, taxRatePercent: 10 }]).taxYen).toBe(12_000);
  });

  it('rounds each rate separately and lists both', () => {
    const summary = consumptionTax([
      { amountYen: 1_005, taxRatePercent: 10 },
      { amountYen: 1_005, taxRatePercent: 8 },
      { amountYen: 3, taxRatePercent: 8 },
    ]);
    expect(summary.byRate).toEqual([
      { taxRatePercent: 10, amountYen: 1_005, taxYen: 100 },
      { taxRatePercent: 8, amountYen: 1_008, taxYen: 80 },
    ]);
    expect(summary).toMatchObject({ subtotalYen: 2_013, taxYen: 180, totalYen: 2_193 });
  });

  it('stays exact at the largest amounts a line may carry', () => {
    expect(consumptionTax([{ amountYen: 1_999_999_999, taxRatePercent: 10 }]).taxYen).toBe(199_999_999);
  });
});
