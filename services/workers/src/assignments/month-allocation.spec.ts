import { allocateByMonth } from './month-allocation';

const WEEKDAYS_2H = [0, 120, 120, 120, 120, 120, 0];

describe('allocateByMonth', () => {
  it('keeps a period within one month in that month, capped by the monthly hour cap', () => {
    expect(allocateByMonth('2025-06-02', '2025-06-06', 300, WEEKDAYS_2H, 40)).toEqual([
      { month: '2025-06-01', minutes: 300, capacityMinutes: 40 * 60 },
    ]);
  });

  it('caps a month by weekly availability when that is below the monthly cap', () => {
    // June 2025 has 21 weekdays: 21 × 2 h = 42 h < 200 h cap.
    expect(allocateByMonth('2025-06-02', '2025-06-02', 60, WEEKDAYS_2H, 200)![0].capacityMinutes).toBe(21 * 120);
  });

  it('splits across months by the available minutes in each, adding up exactly', () => {
    // 2025-06-30 (Mon) is 1 weekday in June; 2025-07-01..04 are 4 weekdays in July.
    const shares = allocateByMonth('2025-06-30', '2025-07-04', 301, WEEKDAYS_2H, 100)!;
    expect(shares.map((s) => [s.month, s.minutes])).toEqual([
      ['2025-06-01', 60],
      ['2025-07-01', 241],
    ]);
  });

  it('refuses a plan larger than the availability inside the period', () => {
    expect(allocateByMonth('2025-06-07', '2025-06-08', 1, WEEKDAYS_2H, 100)).toBeNull();
  });
});
