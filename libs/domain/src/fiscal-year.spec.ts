import { fiscalYearOf, fiscalYearRange, tokyoToday } from './fiscal-year';

describe('fiscal years (April to March)', () => {
  it('puts March 31 in the previous fiscal year and April 1 in the new one', () => {
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
    expect(fiscalYearRange(2026)).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it("takes today's date in Asia/Tokyo, whatever the machine's zone", () => {
    // 2027-03-31 15:30 UTC is already April 1 in Tokyo (UTC+9): a new fiscal year.
    expect(tokyoToday(new Date('2027-03-31T15:30:00Z'))).toBe('2027-04-01');
    expect(tokyoToday(new Date('2027-03-31T14:59:59Z'))).toBe('2027-03-31');
  });
});
