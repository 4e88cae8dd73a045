import { groupByDay, isWithin, monthsOf, overlapsWeek, weekOf } from './week';

describe('weekOf', () => {
  it('starts the week on Monday, whatever day of it is given', () => {
    const week = ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'];
    expect(weekOf('2026-12-07')).toEqual(week); // a Monday
    expect(weekOf('2026-12-10')).toEqual(week); // a Thursday
    expect(weekOf('2026-12-13')).toEqual(week); // the Sunday closes it
  });

  it('crosses a month and a year end', () => {
    expect(weekOf('2027-01-01')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(monthsOf(weekOf('2027-01-01'))).toEqual(['2026-12', '2027-01']);
    expect(monthsOf(weekOf('2026-12-10'))).toEqual(['2026-12']);
  });
});

describe('groupByDay', () => {
  const week = weekOf('2026-12-07');

  it('sums submitted and approved minutes per day, counts returned entries apart, and ignores other weeks', () => {
    const days = groupByDay(week, [
      { workDate: '2026-12-07', minutes: 120, status: 'APPROVED' },
      { workDate: '2026-12-07', minutes: 60, status: 'SUBMITTED' },
      { workDate: '2026-12-08', minutes: 90, status: 'RETURNED' },
      { workDate: '2026-12-14', minutes: 240, status: 'SUBMITTED' }, // next week
    ]);
    expect(days).toHaveLength(7);
    expect(days[0]).toEqual({ day: '2026-12-07', minutes: 180, approvedMinutes: 120, returned: 0 });
    expect(days[1]).toEqual({ day: '2026-12-08', minutes: 0, approvedMinutes: 0, returned: 1 });
    expect(days.slice(2).every((d) => d.minutes === 0 && d.returned === 0)).toBe(true);
  });
});

describe('periods', () => {
  const period = { periodFrom: '2026-12-01', periodTo: '2026-12-08' };

  it('takes both ends of a period as inside', () => {
    expect(isWithin(period, '2026-12-01')).toBe(true);
    expect(isWithin(period, '2026-12-08')).toBe(true);
    expect(isWithin(period, '2026-12-09')).toBe(false);
    expect(isWithin(period, '2026-11-30')).toBe(false);
  });

  it('finds whether a period touches a week', () => {
    expect(overlapsWeek(period, weekOf('2026-12-10'))).toBe(true); // the 7th and 8th
    expect(overlapsWeek(period, weekOf('2026-12-14'))).toBe(false);
    expect(overlapsWeek(period, weekOf('2026-11-30'))).toBe(true);
    expect(overlapsWeek({ periodFrom: '2026-12-15', periodTo: '2026-12-31' }, weekOf('2026-12-07'))).toBe(false);
  });
});
