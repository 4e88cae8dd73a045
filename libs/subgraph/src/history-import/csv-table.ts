import { parse } from 'csv-parse/sync';
import { ImportProblem, IMPORT_MAX_ROWS } from './import-problem';

/** A column of an import kind: its key in code, and every header a file may give it (Japanese first). */
export interface ImportColumn<K extends string = string> {
  key: K;
  headers: readonly string[];
  required: boolean;
}

export interface CsvRow<K extends string> {
  /** The file's line this record starts on (1 is the header). */
  line: number;
  cells: Partial<Record<K, string>>;
  /** The header as the file wrote it, per key, for problem messages. */
  headerOf: (key: K) => string;
}

/** Header cells compared without case, surrounding spaces, full-width forms or a note in brackets, e.g. 「金額（円）」. */
function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();
}

/**
 * Reads a CSV text into rows keyed by the kind's columns, with the line each record starts on
 * (csv-parse counts lines, so a quoted cell spanning lines still names its first one). Header
 * problems stop here: rows are only checked once every column is known.
 */
export function readCsvTable<K extends string>(
  text: string,
  columns: readonly ImportColumn<K>[],
): { rows: CsvRow<K>[]; problems: ImportProblem[] } {
  const bytes = Buffer.from(text, 'utf8');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(bytes, {
      info: true,
      relax_column_count_less: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return {
      rows: [],
      problems: [
        { line, column: null, code: 'IMPORT_CSV_MALFORMED', message: `The file is not readable CSV: ${(error as Error).message}` },
      ],
    };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 0, column: null, code: 'IMPORT_FILE_EMPTY', message: 'The file is empty.' }] };
  const problems: ImportProblem[] = [];
  const byHeader = new Map(columns.flatMap((c) => c.headers.map((h) => [normalizeHeader(h), c] as const)));
  const position = new Map<K, number>();
  const written = new Map<K, string>();
  header.record.forEach((cell, index) => {
    if (cell === '') return;
    const column = byHeader.get(normalizeHeader(cell));
    if (!column) {
      problems.push({ line: 1, column: cell, code: 'IMPORT_COLUMN_UNKNOWN', message: `Unknown column "${cell}".` });
    } else if (position.has(column.key)) {
      problems.push({
        line: 1,
        column: cell,
        code: 'IMPORT_COLUMN_DUPLICATE',
        message: `Column "${cell}" repeats "${written.get(column.key)}".`,
      });
    } else {
      position.set(column.key, index);
      written.set(column.key, cell);
    }
  });
  for (const column of columns) {
    if (column.required && !position.has(column.key))
      problems.push({
        line: 1,
        column: column.headers[0],
        code: 'IMPORT_COLUMN_MISSING',
        message: `Column "${column.headers[0]}" (${column.headers.slice(1).join(', ')}) is required.`,
      });
  }
  if (problems.length > 0) return { rows: [], problems };
  if (body.length === 0)
    return { rows: [], problems: [{ line: 0, column: null, code: 'IMPORT_FILE_EMPTY', message: 'The file has no rows.' }] };
  if (body.length > IMPORT_MAX_ROWS)
    return {
      rows: [],
      problems: [
        { line: 0, column: null, code: 'IMPORT_TOO_MANY_ROWS', message: `At most ${IMPORT_MAX_ROWS} rows per batch; split the file.` },
      ],
    };
  const headerOf = (key: K): string => written.get(key) ?? columns.find((c) => c.key === key)?.headers[0] ?? key;
  const lineAt = lineLocator(bytes);
  let end = header.info.bytes;
  const rows = body.map(({ record, info }) => {
    const cells: Partial<Record<K, string>> = {};
    for (const [key, index] of position) cells[key] = record[index] ?? '';
    const row = { line: lineAt(end), cells, headerOf };
    end = info.bytes;
    return row;
  });
  return { rows, problems: [] };
}

/**
 * The line a record starts on, from the byte offset where the previous record ended (csv-parse's
 * info.bytes). csv-parse's own line count takes a CRLF inside a quoted cell for two lines, so the
 * lines are counted here: CRLF, CR or LF is one break, and blank lines before a record are skipped.
 */
function lineLocator(bytes: Buffer): (previousEnd: number) => number {
  const starts: number[] = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) starts.push(i + 1);
  }
  return (previousEnd) => {
    let offset = previousEnd;
    while (offset < bytes.length && (bytes[offset] === 0x0a || bytes[offset] === 0x0d)) offset++;
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return line + 1;
  };
}
