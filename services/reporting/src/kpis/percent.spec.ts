import { averageYen, percentOneDecimal } from './percent';

describe('percentOneDecimal', () => {
  it.each([
    [1, 3, 33.3],
    [2, 3, 66.7],
    [1, 8, 12.5],
    [1, 16, 6.3],
    [-1, 16, -6.3],
    [0, 5, 0],
    [180_000, 150_000, 120],
    [1_999_999_999, 2_000_000_000, 100],
    [1_999_000_000, 2_000_000_000, 100],
    [1_998_000_000, 2_000_000_000, 99.9],
  ])('%d / %d is %d %%, rounded half away from zero', (part, whole, expected) => {
    expect(percentOneDecimal(part, whole)).toBe(expected);
  });

  it('is exact for amounts past 2^53', () => {
    // (2^53 + 1) / (2^54 + 2) = 50 % exactly; as floats both would round.
    expect(percentOneDecimal(9_007_199_254_740_993n, 18_014_398_509_481_986n)).toBe(50);
    expect(percentOneDecimal(9_007_199_254_740_993n, 9_007_199_254_740_992n)).toBe(100);
  });

  it('has no rate against 0', () => {
    expect(percentOneDecimal(5, 0)).toBeNull();
  });
});

describe('averageYen', () => {
  it('rounds half up to whole yen, and is 0 for nobody', () => {
    expect(averageYen(19_999n, 2)).toBe(10_000n);
    expect(averageYen(-3n, 2)).toBe(-1n);
    // (2^53 + 1) * 2 / 2: exact past 2^53.
    expect(averageYen(18_014_398_509_481_986n, 2)).toBe(9_007_199_254_740_993n);
    expect(averageYen(31_999n, 3)).toBe(10_666n);
    expect(averageYen(100n, 0)).toBe(0n);
  });
});
