import { withholdingTaxOf, withholdingTaxYen } from './withholding-tax';

describe('withholdingTaxYen (源泉徴収)', () => {
  it('takes 10.21% up to ¥1,000,000, rounded down to whole yen', () => {
    expect(withholdingTaxYen(0)).toBe(0);
    expect(withholdingTaxYen(9)).toBe(0); // 0.9189
    expect(withholdingTaxYen(10)).toBe(1); // 1.021
    expect(withholdingTaxYen(10_000)).toBe(1_021);
    expect(withholdingTaxYen(123_456)).toBe(12_604); // 12,604.8576
    expect(withholdingTaxYen(999_999)).toBe(102_099); // 102,099.8979
  });

  it('takes exactly ¥102,100 of ¥1,000,000 and 20.42% of every yen above it', () => {
    expect(withholdingTaxYen(1_000_000)).toBe(102_100);
    expect(withholdingTaxYen(1_000_001)).toBe(102_100); // 102,100.2042
    expect(withholdingTaxYen(1_000_004)).toBe(102_100); // 102,100.8168
    expect(withholdingTaxYen(1_000_005)).toBe(102_101); // 102,101.021
    expect(withholdingTaxYen(2_000_000)).toBe(306_300); // 102,100 + 204,200
  });

  it('refuses amounts that are not whole non-negative yen', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1]) expect(() => withholdingTaxYen(bad)).toThrow(RangeError);
  });

  it('stays exact on bigint amounts past 2^53', () => {
    // 102,100 + (9,007,199,254,740,993 − 1,000,000) × 0.2042 = 102,100 + 1,839,270,087,613,910.8 → 1,839,270,087,716,010.
    expect(withholdingTaxOf(9_007_199_254_740_993n)).toBe(1_839_270_087_716_010n);
    expect(withholdingTaxOf(1_000_000n)).toBe(102_100n);
    expect(() => withholdingTaxOf(-1n)).toThrow(RangeError);
  });
});
