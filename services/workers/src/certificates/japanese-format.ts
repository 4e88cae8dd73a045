/** How figures read on a Japanese certificate. */

/** "2025-06" → "2025年6月". */
export function japaneseMonth(yearMonth: string): string {
  return `${Number(yearMonth.slice(0, 4))}年${Number(yearMonth.slice(5, 7))}月`;
}

/** "2025-06-30" → "2025年6月30日". */
export function japaneseDate(isoDate: string): string {
  return `${japaneseMonth(isoDate.slice(0, 7))}${Number(isoDate.slice(8, 10))}日`;
}

/** 2550 → "42時間30分". */
export function hoursAndMinutes(minutes: number): string {
  return `${Math.floor(minutes / 60)}時間${String(minutes % 60).padStart(2, '0')}分`;
}

/** 1234567n → "1,234,567円", exact at any size (a bigint never passes through a float). */
export function yen(amount: bigint): string {
  return `${amount.toLocaleString('ja-JP')}円`;
}

/** Every month from `from` to `to` (both "YYYY-MM"), inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (
    let [year, month] = from.split('-').map(Number);
    `${year}-${String(month).padStart(2, '0')}` <= to;
    month === 12 ? ((month = 1), year++) : month++
  ) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
  }
  return months;
}
