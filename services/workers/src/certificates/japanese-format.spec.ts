import { hoursAndMinutes, japaneseDate, japaneseMonth, monthsBetween, yen } from './japanese-format';

describe('Japanese certificate formats', () => {
  it('writes months, dates, hours and yen as a certificate reads', () => {
    expect(japaneseMonth('2025-06')).toBe('2025年6月');
    expect(japaneseDate('2025-12-01')).toBe('2025年12月1日');
    expect(hoursAndMinutes(2550)).toBe('42時間30分');
    expect(hoursAndMinutes(60)).toBe('1時間00分');
    expect(yen(1_234_567n)).toBe('1,234,567円');
    expect(yen(0n)).toBe('0円');
    expect(yen(9_007_199_254_740_993n)).toBe('9,007,199,254,740,993円');
  });

  it('lists the months of a period across a year end', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2025-06', '2025-06')).toEqual(['2025-06']);
    expect(monthsBetween('2025-07', '2025-06')).toEqual([]);
  });
});
