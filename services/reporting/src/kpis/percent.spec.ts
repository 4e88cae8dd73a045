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

  it('has no rate against 0', () => {
    expect(percentOneDecimal(5, 0)).toBeNull();
  });
});

describe('averageYen', () => {
  it('rounds half up to whole yen, and is 0 for nobody', () => {
    expect(averageYen(19_999, 2)).toBe(10_000);
    expect(averageYen(31_999, 3)).toBe(10_666);
    expect(averageYen(100, 0)).toBe(0);
  });
});
