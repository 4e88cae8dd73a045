/** Time is integer minutes in this service: exact sums, no floating point, hours = minutes / 60. */

export interface MonthShare {
  /** First day of the month, "YYYY-MM-01". */
  month: string;
  /** Minutes of the assignment booked in this month. */
  minutes: number;
  /** What the worker can take in this month at all: min(monthly cap, weekly availability over the month). */
  capacityMinutes: number;
}

const DAY_MS = 86_400_000;
const parse = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const monthOf = (ms: number): string => new Date(ms).toISOString().slice(0, 7) + '-01';

/** Minutes available per month on the days from..to (inclusive), from minutes per weekday. */
function availabilityByMonth(from: number, to: number, weekly: readonly number[]): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (let day = from; day <= to; day += DAY_MS) {
    const month = monthOf(day);
    byMonth.set(month, (byMonth.get(month) ?? 0) + weekly[new Date(day).getUTCDay()]);
  }
  return byMonth;
}

function lastDayOfMonth(month: string): number {
  const start = new Date(parse(month));
  return Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) - DAY_MS;
}

/**
 * Spreads an assignment's planned minutes over the months of its period in proportion to the
 * worker's availability on the period's days in each month (work happens when the worker can
 * work). Cumulative rounding keeps the shares whole minutes that add up exactly to the plan.
 * Returns null when the period holds fewer available minutes than planned: it can never fit.
 */
export function allocateByMonth(
  periodFrom: string,
  periodTo: string,
  plannedMinutes: number,
  weekly: readonly number[],
  monthlyCapHours: number,
): MonthShare[] | null {
  const inPeriod = availabilityByMonth(parse(periodFrom), parse(periodTo), weekly);
  const total = [...inPeriod.values()].reduce((a, b) => a + b, 0);
  if (total < plannedMinutes) return null;
  const shares: MonthShare[] = [];
  let cumulative = 0;
  let allocated = 0;
  for (const [month, available] of inPeriod) {
    cumulative += available;
    const upTo = Math.floor((plannedMinutes * cumulative) / total);
    const wholeMonth = availabilityByMonth(parse(month), lastDayOfMonth(month), weekly).get(month) ?? 0;
    shares.push({ month, minutes: upTo - allocated, capacityMinutes: Math.min(monthlyCapHours * 60, wholeMonth) });
    allocated = upTo;
  }
  return shares;
}
