/** The calendar day `days` after `isoDate` (YYYY-MM-DD), as the tests name deadlines and periods. */
export function daysAfter(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
