// A pay month is a "YYYY-MM" (Asia/Tokyo), validated at the edge by IsYearMonth (@kyodo/subgraph).

/** "2025-06" → "2025-06-01", the month's first day as PostgreSQL stores it. */
export const firstDayOf = (yearMonth: string): string => `${yearMonth}-01`;

/** "2025-06" → "2025-06-30". */
export function lastDayOf(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
