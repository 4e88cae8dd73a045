import { validateSync } from 'class-validator';
import { CALENDAR_YEARS, isCalendarDate, isYearMonth } from './calendar';
import { IsCalendarDate, IsYearMonth } from './calendar.validators';

describe('isCalendarDate', () => {
  it('accepts days that exist, leap days included', () => {
    for (const ok of ['2026-04-01', '2024-02-29', '2000-02-29', '2026-12-31', `${CALENDAR_YEARS.min}-01-01`, `${CALENDAR_YEARS.max}-12-31`])
      expect(isCalendarDate(ok)).toBe(true);
  });

  it('refuses days that do not exist', () => {
    for (const bad of [
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2100-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
    ])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it('refuses other shapes: times, zones, compact or short forms', () => {
    for (const bad of ['2026-04-01T00:00:00Z', '2026-04-01 ', '20260401', '2026-4-1', '26-04-01', '+02026-04-01', '', 20260401, null])
      expect(isCalendarDate(bad)).toBe(false);
  });

  it('refuses absurd years', () => {
    for (const bad of ['0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31']) expect(isCalendarDate(bad)).toBe(false);
  });
});

describe('isYearMonth', () => {
  it('accepts months 01 to 12 within the years', () => {
    for (const ok of ['2026-04', '1999-12', '2100-12']) expect(isYearMonth(ok)).toBe(true);
  });

  it('refuses other months, shapes and years', () => {
    for (const bad of ['2026-13', '2026-00', '2026-4', '2026-04-01', '0000-01', '9999-01', '2101-01', 202604])
      expect(isYearMonth(bad)).toBe(false);
  });
});

describe('IsCalendarDate / IsYearMonth decorators', () => {
  class Sample {
    @IsCalendarDate()
    day!: string;

    @IsYearMonth()
    month!: string;
  }

  it('report the property that is wrong', () => {
    const sample = Object.assign(new Sample(), { day: '2026-02-30', month: '2026-02' });
    expect(validateSync(sample).map((e) => [e.property, Object.values(e.constraints ?? {})[0]])).toEqual([
      ['day', expect.stringContaining('day must be a date that exists')],
    ]);
    expect(validateSync(Object.assign(new Sample(), { day: '2026-02-28', month: '2026-13' })).map((e) => e.property)).toEqual(['month']);
  });
});
