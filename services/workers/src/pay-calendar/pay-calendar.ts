/**
 * The member's pay calendar (締め日・支払日) and the freelance act's 60-day rule: a month's approved
 * work counts as received (受領) at that month's closing, and pay must reach the worker within 60
 * days of receipt (counting the receipt day as day 0). Pay months here are calendar months, so a
 * closing day earlier than the month's end only counts the receipt earlier, which makes the check
 * stricter, never looser.
 */

export interface PayCalendar {
  /** 締め日: day of the work month, 31 (or any day past the month's length) meaning its last day (末日). */
  closingDay: number;
  /** The month pay is made in: 0 the work month (当月), 1 the next (翌月), 2 the one after (翌々月). */
  paymentMonthOffset: number;
  /** 支払日: day of the payment month, 31 meaning its last day. */
  paymentDay: number;
}

export const PAYMENT_WITHIN_DAYS = 60;
export const MONTH_END = 31;

/** "2025-06" plus n months. */
export function addMonths(yearMonth: string, n: number): string {
  const [year, month] = yearMonth.split('-').map(Number);
  const index = year * 12 + (month - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function daysInMonth(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day `day` of a month, held to the month's last day (the 31st of June is the 30th). */
export function dayOfMonth(yearMonth: string, day: number): string {
  return `${yearMonth}-${String(Math.min(day, daysInMonth(yearMonth))).padStart(2, '0')}`;
}

export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** When the work of `month` counts as received. */
export const closingDateOf = (calendar: PayCalendar, month: string): string => dayOfMonth(month, calendar.closingDay);

/** When the work of `month` is paid (支払期日). */
export const paymentDateOf = (calendar: PayCalendar, month: string): string =>
  dayOfMonth(addMonths(month, calendar.paymentMonthOffset), calendar.paymentDay);

/** The last day the act allows for paying the work of `month`. */
export const legalDeadlineOf = (calendar: PayCalendar, month: string): string =>
  addDays(closingDateOf(calendar, month), PAYMENT_WITHIN_DAYS);

export interface CalendarProblem {
  code: 'PAYMENT_BEFORE_CLOSING' | 'PAYMENT_OVER_60_DAYS';
  /** The first month that shows it. */
  month: string;
  closingDate: string;
  paymentDate: string;
  days: number;
}

/**
 * The first month (over four years, so every month length and a leap February are met) whose
 * payment date comes before its closing or more than 60 days after it; null when none does.
 * 末日締め翌々月末日払い passes in January (59 days) but fails in June (62): it is refused.
 */
export function calendarProblem(calendar: PayCalendar): CalendarProblem | null {
  for (let i = 0; i < 48; i++) {
    const month = addMonths('2024-01', i);
    const closingDate = closingDateOf(calendar, month);
    const paymentDate = paymentDateOf(calendar, month);
    const days = daysBetween(closingDate, paymentDate);
    if (days < 0) return { code: 'PAYMENT_BEFORE_CLOSING', month, closingDate, paymentDate, days };
    if (days > PAYMENT_WITHIN_DAYS) return { code: 'PAYMENT_OVER_60_DAYS', month, closingDate, paymentDate, days };
  }
  return null;
}

const dayName = (day: number): string => (day >= MONTH_END ? '末日' : `${day}日`);
const MONTH_NAMES = ['当月', '翌月', '翌々月'];

/** "毎月末日締め、翌月末日払い", as a contract states it. */
export function describeCalendar(calendar: PayCalendar): string {
  return `毎月${dayName(calendar.closingDay)}締め、${MONTH_NAMES[calendar.paymentMonthOffset]}${dayName(calendar.paymentDay)}払い`;
}
