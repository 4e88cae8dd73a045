import { addDays } from '../../lib/format';

/** What the week view needs of a time entry. */
export interface DayEntry {
  workDate: string;
  minutes: number;
  status: 'SUBMITTED' | 'APPROVED' | 'RETURNED';
}

/** What the week view needs of an assignment: its period, as YYYY-MM-DD days. */
export interface Period {
  periodFrom: string;
  periodTo: string;
}

/**
 * The seven days (YYYY-MM-DD) of the week a Tokyo day falls in, Monday first: a Japanese work
 * week, whose weekend closes it (a Saturday belongs to the week that began the Monday before).
 */
export function weekOf(day: string): string[] {
  // Noon UTC is the same calendar day everywhere the console runs: no time zone shifts the weekday.
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const monday = addDays(day, weekday === 0 ? -6 : 1 - weekday);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The months (YYYY-MM) a week's days touch: one, or two when the week spans a month's end. */
export function monthsOf(days: readonly string[]): string[] {
  return [...new Set(days.map((day) => day.slice(0, 7)))];
}

export interface WeekDay {
  day: string;
  /** Minutes logged that day that count: submitted or approved (a returned entry waits for its correction). */
  minutes: number;
  approvedMinutes: number;
  returned: number;
}

/** A week's days with what was logged on each; entries outside the week are left out. */
export function groupByDay(days: readonly string[], entries: readonly DayEntry[]): WeekDay[] {
  const byDay = new Map<string, WeekDay>(days.map((day) => [day, { day, minutes: 0, approvedMinutes: 0, returned: 0 }]));
  for (const entry of entries) {
    const slot = byDay.get(entry.workDate);
    if (!slot) continue;
    if (entry.status === 'RETURNED') {
      slot.returned += 1;
      continue;
    }
    slot.minutes += entry.minutes;
    if (entry.status === 'APPROVED') slot.approvedMinutes += entry.minutes;
  }
  return [...byDay.values()];
}

/** Whether work of this period may be logged on a day: inside the period (both ends count). */
export function isWithin(period: Period, day: string): boolean {
  return period.periodFrom <= day && day <= period.periodTo;
}

/** Whether any day of the week falls inside the period. */
export function overlapsWeek(period: Period, days: readonly string[]): boolean {
  return days.length > 0 && period.periodFrom <= days[days.length - 1] && days[0] <= period.periodTo;
}
