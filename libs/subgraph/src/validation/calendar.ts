/**
 * The years a date, month or fiscal year may name. Nothing the consortium records lies outside
 * them, and a year like 0001 or 20260 is a typo that PostgreSQL would otherwise store.
 */
export const CALENDAR_YEARS = { min: 1900, max: 2100 } as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

function inYears(year: number): boolean {
  return year >= CALENDAR_YEARS.min && year <= CALENDAR_YEARS.max;
}

/** "YYYY-MM-DD" naming a day that exists (no 2026-02-30), within CALENDAR_YEARS. */
export function isCalendarDate(value: unknown): boolean {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return inYears(year) && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "YYYY-MM", month 01 to 12, within CALENDAR_YEARS. */
export function isYearMonth(value: unknown): boolean {
  const match = typeof value === 'string' ? YEAR_MONTH.exec(value) : null;
  if (!match) return false;
  const [year, month] = match.slice(1).map(Number);
  return inYears(year) && month >= 1 && month <= 12;
}
