import { applyDecorators } from '@nestjs/common';
import { Matches } from 'class-validator';

/** A calendar month "YYYY-MM" (Asia/Tokyo), as a pay month is named. */
export const IsYearMonth = () => applyDecorators(Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '$property must be a month like 2025-06' }));

/** "2025-06" → "2025-06-01", the month's first day as PostgreSQL stores it. */
export const firstDayOf = (yearMonth: string): string => `${yearMonth}-01`;

/** "2025-06" → "2025-06-30". */
export function lastDayOf(yearMonth: string): string {
  const [year, month] = yearMonth.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}
