/**
 * Japanese conventions for what the console shows: dates with the weekday, 和暦 where a document
 * customarily uses it, integer yen with separators (beyond 2^53, from the API's decimal strings),
 * fiscal years from April. Every date is read in Asia/Tokyo, as the server keeps them.
 */
const TOKYO = 'Asia/Tokyo';

const dateWithWeekday = new Intl.DateTimeFormat('ja-JP', {
  timeZone: TOKYO,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  weekday: 'short',
});
const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: TOKYO,
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});
const englishDate = new Intl.DateTimeFormat('en-GB', {
  timeZone: TOKYO,
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  weekday: 'short',
});
const yenNumber = new Intl.NumberFormat('ja-JP');

/** A calendar date (YYYY-MM-DD) is a day in Tokyo; a timestamp is an instant. */
function toInstant(value: string | Date): Date {
  if (value instanceof Date) return value;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00+09:00`) : new Date(value);
}

/** 2026年12月7日（月）; in English, Mon 7 Dec 2026. */
export function formatDate(value: string | Date, language = 'ja'): string {
  const instant = toInstant(value);
  if (Number.isNaN(instant.getTime())) return String(value);
  if (language !== 'ja') return englishDate.format(instant);
  const parts = Object.fromEntries(dateWithWeekday.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}年${parts.month}月${parts.day}日（${parts.weekday}）`;
}

/** 令和8年12月7日: the era date documents such as certificates customarily carry. */
export function formatWareki(value: string | Date): string {
  const instant = toInstant(value);
  return Number.isNaN(instant.getTime()) ? String(value) : wareki.format(instant);
}

/**
 * ¥1,234,567 from integer yen as the API sends it: a decimal string (exact past 2^53), or a
 * number from older fields. Anything that is not an integer is shown as it came, never rounded.
 */
export function formatYen(amount: string | number | bigint): string {
  let value: bigint;
  try {
    value = typeof amount === 'bigint' ? amount : BigInt(amount);
  } catch {
    return String(amount);
  }
  const sign = value < 0n ? '-' : '';
  return `${sign}¥${yenNumber.format(value < 0n ? -value : value)}`;
}

/** The fiscal year (April to March) a day belongs to: 2027-03-31 is in FY2026. */
export function fiscalYearOf(value: string | Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TOKYO, year: 'numeric', month: 'numeric' })
      .formatToParts(toInstant(value))
      .map((p) => [p.type, p.value]),
  );
  const year = Number(parts.year);
  return Number(parts.month) >= 4 ? year : year - 1;
}

/** 2026年度 / FY2026. */
export function formatFiscalYear(fiscalYear: number, language = 'ja'): string {
  return language === 'ja' ? `${fiscalYear}年度` : `FY${fiscalYear}`;
}

/** 2026年12月 / Dec 2026, from a pay or report month YYYY-MM. */
export function formatMonth(month: string, language = 'ja'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const [, year, mm] = match;
  if (language === 'ja') return `${year}年${Number(mm)}月`;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'short' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** 令和8年12月: the era month pay statements and certificates customarily carry. */
export function formatWarekiMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const parts = Object.fromEntries(wareki.formatToParts(toInstant(`${month}-01`)).map((p) => [p.type, p.value]));
  return `${parts.era}${parts.year}年${Number(parts.month)}月`;
}

/** 7時間30分 / 7 h 30 min, from minutes. */
export function formatMinutes(minutes: number, language = 'ja'): string {
  const h = Math.trunc(minutes / 60);
  const m = minutes % 60;
  if (language === 'ja') return `${h > 0 ? `${h}時間` : ''}${m > 0 || h === 0 ? `${m}分` : ''}`;
  return `${h > 0 ? `${h} h` : ''}${h > 0 && m > 0 ? ' ' : ''}${m > 0 || h === 0 ? `${m} min` : ''}`;
}

/** Today in Tokyo as YYYY-MM-DD, the form the API's calendar dates take. */
export function tokyoDate(instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TOKYO, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The month before the one of a Tokyo date, YYYY-MM: the month a pay close usually closes. */
export function previousMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** A day n days after a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/**
 * フリガナ as people type it: hiragana becomes katakana, half-width katakana and ASCII spaces
 * become full width, so 「やまだ ﾊﾅｺ」 is kept as 「ヤマダ(U+3000)ハナコ」.
 */
export function toKatakanaReading(value: string): string {
  return value
    .normalize('NFKC') // half-width katakana to full width (ﾊ → ハ, ｶﾞ → ガ)
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/ /g, '\u3000')
    .trim();
}

/** Whether a reading is full-width katakana only (with the long-vowel mark, middle dot and spaces). */
export function isKatakanaReading(value: string): boolean {
  return /^[\u30A1-\u30FA\u30FC\u30FB\u3000]+$/.test(value);
}
