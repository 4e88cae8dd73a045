import { isCalendarDate, isSingleLineText } from '../validation';
import { ImportProblem } from './import-problem';

/**
 * Cell readers shared by every import kind. Each returns the value, or pushes one problem naming
 * the row's line and the column as the file wrote it, and returns undefined. Cells are read
 * after Unicode NFKC, so full-width digits and separators (１２,０００円) read as Excel users type them.
 */
export class RowReader<K extends string> {
  constructor(
    private readonly row: { line: number; cells: Partial<Record<K, string>>; headerOf: (key: K) => string },
    private readonly problems: ImportProblem[],
  ) {}

  get line(): number {
    return this.row.line;
  }

  problem(key: K | null, code: ImportProblem['code'], message: string): undefined {
    this.problems.push({ line: this.row.line, column: key === null ? null : this.row.headerOf(key), code, message });
    return undefined;
  }

  /** The trimmed cell, or undefined (with IMPORT_VALUE_REQUIRED when required) when empty. */
  raw(key: K, required = true): string | undefined {
    const value = (this.row.cells[key] ?? '').trim();
    if (value === '') return required ? this.problem(key, 'IMPORT_VALUE_REQUIRED', `${this.row.headerOf(key)} is required.`) : undefined;
    return value;
  }

  /** One line of text the store accepts (no control characters), up to `max` characters. */
  text(key: K, max: number, required = true): string | undefined {
    const value = this.raw(key, required);
    if (value === undefined) return undefined;
    if (!isSingleLineText(value) || [...value].length > max || value.includes('\uFFFD'))
      return this.problem(key, 'IMPORT_TEXT_INVALID', `${this.row.headerOf(key)}: one line of at most ${max} characters.`);
    return value;
  }

  /** A date as YYYY-MM-DD, or YYYY/M/D as Excel writes dates in Japan; never after `today`. */
  date(key: K, today: string, required = true): string | undefined {
    const value = this.raw(key, required);
    if (value === undefined) return undefined;
    const date = toIsoDate(value);
    if (!date)
      return this.problem(key, 'IMPORT_DATE_INVALID', `${this.row.headerOf(key)}: "${value}" is not a date (YYYY-MM-DD or YYYY/M/D).`);
    if (date > today) return this.problem(key, 'IMPORT_DATE_IN_FUTURE', `${this.row.headerOf(key)}: ${date} is after today (${today}).`);
    return date;
  }

  /** A month as YYYY-MM or YYYY/M, as its first day (YYYY-MM-01); never after this month. */
  month(key: K, today: string): string | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    const match = /^(\d{4})[-/](\d{1,2})$/.exec(value.normalize('NFKC'));
    const first = match ? `${match[1]}-${match[2].padStart(2, '0')}-01` : null;
    if (!first || !isCalendarDate(first))
      return this.problem(key, 'IMPORT_MONTH_INVALID', `${this.row.headerOf(key)}: "${value}" is not a month (YYYY-MM).`);
    if (first > today)
      return this.problem(key, 'IMPORT_DATE_IN_FUTURE', `${this.row.headerOf(key)}: ${first.slice(0, 7)} is after this month.`);
    return first;
  }

  /** Whole yen from 0 up to `max`: "12000", "12,000", "¥12,000", "12,000円"; never decimals or a minus. */
  yen(key: K, max = 10n ** 12n): bigint | undefined {
    const value = this.raw(key);
    if (value === undefined) return undefined;
    const digits = value
      .normalize('NFKC')
      .replace(/^[¥\\]/, '')
      .replace(/円$/, '')
      .trim();
    if (!/^(0|[1-9][0-9]{0,2}(,[0-9]{3})*|[1-9][0-9]*)$/.test(digits) || BigInt(digits.replaceAll(',', '')) > max)
      return this.problem(key, 'IMPORT_YEN_INVALID', `${this.row.headerOf(key)}: "${value}" is not a whole amount of yen.`);
    return BigInt(digits.replaceAll(',', ''));
  }

  /** A whole number between min and max (hours, minutes). */
  integer(key: K, min: number, max: number, required = true): number | undefined {
    const value = this.raw(key, required);
    if (value === undefined) return undefined;
    const digits = value.normalize('NFKC').replaceAll(',', '');
    const n = /^[0-9]{1,9}$/.test(digits) ? Number(digits) : NaN;
    if (!(n >= min && n <= max))
      return this.problem(
        key,
        'IMPORT_NUMBER_INVALID',
        `${this.row.headerOf(key)}: "${value}" is not a whole number from ${min} to ${max}.`,
      );
    return n;
  }

  /** One of the choices, matched by any of its spellings (e.g. PUBLIC, 公共). */
  choice<T extends string>(key: K, choices: Readonly<Record<T, readonly string[]>>, required = true): T | undefined {
    const value = this.raw(key, required);
    if (value === undefined) return undefined;
    const wanted = value.normalize('NFKC').toLowerCase();
    for (const [choice, spellings] of Object.entries(choices) as [T, readonly string[]][])
      if (spellings.some((s) => s.normalize('NFKC').toLowerCase() === wanted)) return choice;
    const all = Object.values<readonly string[]>(choices)
      .map((s) => s.join('/'))
      .join(', ');
    return this.problem(key, 'IMPORT_CHOICE_INVALID', `${this.row.headerOf(key)}: "${value}" is not one of ${all}.`);
  }
}

/** "2023-04-01", "2023/4/1" or full-width forms to "2023-04-01" when the day exists. */
export function toIsoDate(value: string): string | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(value.normalize('NFKC').trim());
  if (!match) return null;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** Yes/no cells as towns write them. */
export const YES_NO = { true: ['はい', 'yes', 'true', '1', '○', '定型'], false: ['いいえ', 'no', 'false', '0', '×', '非定型'] } as const;
