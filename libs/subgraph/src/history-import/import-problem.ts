/**
 * Every problem a history import can find in a file or a row. A row problem names the file's line
 * (1 is the header) and the column as the file wrote it; the console shows each code's sentence.
 */
export type ImportProblemCode =
  /** The bytes are not a CSV file csv-parse can read (an unclosed quote, a row with more cells than the header). */
  | 'IMPORT_CSV_MALFORMED'
  /** A header the kind does not know; details say which. */
  | 'IMPORT_COLUMN_UNKNOWN'
  /** A required header is missing. */
  | 'IMPORT_COLUMN_MISSING'
  /** The same column twice in the header (e.g. 件名 and title). */
  | 'IMPORT_COLUMN_DUPLICATE'
  /** The file has a header and no rows. */
  | 'IMPORT_FILE_EMPTY'
  /** More rows than one batch takes (IMPORT_MAX_ROWS). */
  | 'IMPORT_TOO_MANY_ROWS'
  /** A required cell is empty. */
  | 'IMPORT_VALUE_REQUIRED'
  /** Not a date: YYYY-MM-DD or YYYY/M/D as Excel writes it, a day that exists. */
  | 'IMPORT_DATE_INVALID'
  /** Not a month: YYYY-MM or YYYY/M. */
  | 'IMPORT_MONTH_INVALID'
  /** A history date after today (Asia/Tokyo): history is what already happened. */
  | 'IMPORT_DATE_IN_FUTURE'
  /** Not whole yen: digits with optional separators, ¥ or 円; no decimals, no minus. */
  | 'IMPORT_YEN_INVALID'
  /** Not a whole number in range (hours, minutes). */
  | 'IMPORT_NUMBER_INVALID'
  /** Text too long, or with control characters the store refuses. */
  | 'IMPORT_TEXT_INVALID'
  /** Not one of the values the column takes (e.g. 公共/民間); details list them. */
  | 'IMPORT_CHOICE_INVALID'
  /** The same record twice in the file (same reference); details name the first line. */
  | 'IMPORT_DUPLICATE_IN_FILE'
  /** The record is already on the books (imported before, or entered live); details say which. */
  | 'IMPORT_ALREADY_RECORDED'
  /** The row names something this org does not have (a business category, a partner member). */
  | 'IMPORT_REFERENCE_UNKNOWN'
  /** Cells that contradict each other (e.g. a client already on the books in the other sector). */
  | 'IMPORT_ROW_INCONSISTENT';

export interface ImportProblem {
  /** Line of the file, 1 being the header; a problem of the whole file has line 0. */
  line: number;
  /** The column's header as the file wrote it, when one column is at fault. */
  column: string | null;
  code: ImportProblemCode;
  /** An English sentence for API callers; the console shows its own per code. */
  message: string;
}

/** The most rows one batch takes: years of a town's orders fit many times over; a bigger file is split. */
export const IMPORT_MAX_ROWS = 5000;
