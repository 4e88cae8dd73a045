import { ImportColumn, ImportProblem, readCsvTable, RowReader } from '@kyodo/subgraph/history-import';

/** 支払実績 CSV: one row per worker and pay month paid before the org used Kyodo (登録番号: a workers import's, or the Kyodo worker id). */
export const PAY_HISTORY_COLUMNS = [
  { key: 'reference', headers: ['登録番号', 'reference'], required: true },
  { key: 'month', headers: ['支払月', 'month'], required: true },
  { key: 'minutes', headers: ['作業時間（分）', '作業分', 'minutes'], required: false },
  { key: 'grossYen', headers: ['支給額', 'grossYen'], required: true },
  { key: 'withholdingYen', headers: ['源泉徴収税額', '源泉徴収額', 'withholdingYen'], required: false },
] as const satisfies readonly ImportColumn[];

export type PayColumn = (typeof PAY_HISTORY_COLUMNS)[number]['key'];

export interface PayHistoryRow {
  line: number;
  headerOf: (key: PayColumn) => string;
  /** The worker's 登録番号 from a workers import, or the worker's id in Kyodo (a worker registered live). */
  reference: string;
  /** First day of the pay month. */
  month: string;
  minutes: number;
  grossYen: bigint;
  withholdingYen: bigint;
}

export function readPayHistory(text: string, today: string): { rows: PayHistoryRow[]; rowCount: number; problems: ImportProblem[] } {
  const table = readCsvTable<PayColumn>(text, PAY_HISTORY_COLUMNS);
  const problems = [...table.problems];
  const rows: PayHistoryRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const before = problems.length;
    const r = new RowReader(row, problems);
    const values = {
      line: r.line,
      headerOf: row.headerOf,
      reference: r.text('reference', 50),
      month: r.month('month', today),
      minutes: r.integer('minutes', 0, 1_000_000, false) ?? 0,
      grossYen: r.yen('grossYen'),
      withholdingYen: r.raw('withholdingYen', false) === undefined ? 0n : r.yen('withholdingYen'),
    };
    if (values.grossYen !== undefined && values.withholdingYen !== undefined && values.withholdingYen > values.grossYen)
      r.problem('withholdingYen', 'IMPORT_ROW_INCONSISTENT', '源泉徴収税額 is more than 支給額.');
    if (values.reference !== undefined && values.month !== undefined) {
      const key = `${values.reference} ${values.month}`;
      const first = firstLineOf.get(key);
      if (first !== undefined)
        r.problem('month', 'IMPORT_DUPLICATE_IN_FILE', `${values.reference} ${values.month.slice(0, 7)} is also on line ${first}.`);
      else firstLineOf.set(key, r.line);
    }
    if (problems.length === before) rows.push(values as PayHistoryRow);
  }
  return { rows, rowCount: table.rows.length, problems };
}
