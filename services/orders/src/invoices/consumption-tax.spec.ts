import { consumptionTax } from './consumption-tax';

describe('consumption tax, rounded once per invoice per rate', () => {
  it('rounds down the tax of the sum, not of each line', () => {
    // Per line: floor(10.5) × 3 = 30; per invoice: floor(31.5) = 31.
    expect(consumptionTax([105n, 105n, 105n].map((amountYen) => ({ amountYen, taxRatePercent: 10 })))).toMatchObject({
      subtotalYen: 315n,
      taxYen: 31n,
      totalYen: 346n,
    });
  });

  it('rounds down, never up or to nearest', () => {
    expect(consumptionTax([{ amountYen: 999n, taxRatePercent: 10 }]).taxYen).toBe(99n);
    expect(consumptionTax([{ amountYen: 9n, taxRatePercent: 10 }]).taxYen).toBe(0n);
    expect(consumptionTax([{ amountYen: 120_000n, taxRatePercent: 10 }]).taxYen).toBe(12_000n);
  });

  it('rounds each rate separately and lists both', () => {
    const summary = consumptionTax([
      { amountYen: 1_005n, taxRatePercent: 10 },
      { amountYen: 1_005n, taxRatePercent: 8 },
      { amountYen: 3n, taxRatePercent: 8 },
    ]);
    expect(summary.byRate).toEqual([
      { taxRatePercent: 10, amountYen: 1_005n, taxYen: 100n },
      { taxRatePercent: 8, amountYen: 1_008n, taxYen: 80n },
    ]);
    expect(summary).toMatchObject({ subtotalYen: 2_013n, taxYen: 180n, totalYen: 2_193n });
  });

  it('stays exact past 2^53, where a JavaScript number would lose the last digits', () => {
    // 8,188,362,958,855,449 + floor(818,836,295,885,544.9) = 9,007,199,254,740,993 = 2^53 + 1.
    const summary = consumptionTax([
      { amountYen: 4_000_000_000_000_000n, taxRatePercent: 10 },
      { amountYen: 4_188_362_958_855_449n, taxRatePercent: 10 },
    ]);
    expect(summary).toMatchObject({ subtotalYen: 8_188_362_958_855_449n, taxYen: 818_836_295_885_544n, totalYen: 9_007_199_254_740_993n });
    expect(summary.totalYen.toString()).toBe('9007199254740993');
  });
});
