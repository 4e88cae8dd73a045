import { monthsOf, weekOf } from './week';

/**
 * The home query's variables for a Tokyo day: the month of the week's Monday and, when the week
 * spans a month's end, the other month. The screen and the early start (area.tsx) use the same,
 * so the screen joins the request already under way instead of sending its own.
 */
export function homeVariables(today: string): { month: string; otherMonth: string; oneMonth: boolean } {
  const [month, otherMonth = month] = monthsOf(weekOf(today));
  return { month, otherMonth, oneMonth: month === otherMonth };
}
