import { ImportColumn, ImportProblem, readCsvTable, RowReader } from '@kyodo/subgraph/history-import';
import { KATAKANA } from '../workers/dto/katakana.validator';
import { WorkerStatus } from '../workers/worker-status.enum';

/** 登録者 CSV: one row per worker registered before the org used Kyodo. Columns in docs/history-import.md. */
export const WORKER_HISTORY_COLUMNS = [
  { key: 'reference', headers: ['登録番号', 'reference'], required: true },
  { key: 'familyName', headers: ['姓', 'familyName'], required: true },
  { key: 'givenName', headers: ['名', 'givenName'], required: true },
  { key: 'familyNameKana', headers: ['セイ', 'familyNameKana'], required: true },
  { key: 'givenNameKana', headers: ['メイ', 'givenNameKana'], required: true },
  { key: 'registeredOn', headers: ['登録日', 'registeredOn'], required: true },
  { key: 'status', headers: ['状態', 'status'], required: false },
] as const satisfies readonly ImportColumn[];

export type WorkerColumn = (typeof WORKER_HISTORY_COLUMNS)[number]['key'];

const STATUS_SPELLINGS: Record<WorkerStatus, readonly string[]> = {
  [WorkerStatus.REGISTERED]: ['登録', 'REGISTERED'],
  [WorkerStatus.ACTIVE]: ['稼働', '稼働中', 'ACTIVE'],
  [WorkerStatus.INACTIVE]: ['休止', '退会', 'INACTIVE'],
};

export interface WorkerHistoryRow {
  line: number;
  headerOf: (key: WorkerColumn) => string;
  reference: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  registeredOn: string;
  status: WorkerStatus;
}

/** A reading as municipal forms want it: NFKC turns half-width ｶﾅ into full-width; hiragana is not guessed into katakana. */
function kana(r: RowReader<WorkerColumn>, key: 'familyNameKana' | 'givenNameKana'): string | undefined {
  const value = r.text(key, 100)?.normalize('NFKC');
  if (value !== undefined && !KATAKANA.test(value))
    return r.problem(key, 'IMPORT_TEXT_INVALID', `${key === 'familyNameKana' ? 'セイ' : 'メイ'}: full-width katakana, like ヤマダ.`);
  return value;
}

export function readWorkerHistory(text: string, today: string): { rows: WorkerHistoryRow[]; rowCount: number; problems: ImportProblem[] } {
  const table = readCsvTable<WorkerColumn>(text, WORKER_HISTORY_COLUMNS);
  const problems = [...table.problems];
  const rows: WorkerHistoryRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const before = problems.length;
    const r = new RowReader(row, problems);
    const values = {
      line: r.line,
      headerOf: row.headerOf,
      reference: r.text('reference', 50),
      familyName: r.text('familyName', 100),
      givenName: r.text('givenName', 100),
      familyNameKana: kana(r, 'familyNameKana'),
      givenNameKana: kana(r, 'givenNameKana'),
      registeredOn: r.date('registeredOn', today),
      status: r.choice('status', STATUS_SPELLINGS, false) ?? WorkerStatus.REGISTERED,
    };
    if (values.reference !== undefined) {
      const first = firstLineOf.get(values.reference);
      if (first !== undefined) r.problem('reference', 'IMPORT_DUPLICATE_IN_FILE', `登録番号 ${values.reference} is also on line ${first}.`);
      else firstLineOf.set(values.reference, r.line);
    }
    // Every reader that returned undefined pushed a problem, so a row without new problems is complete.
    if (problems.length === before) rows.push(values as WorkerHistoryRow);
  }
  return { rows, rowCount: table.rows.length, problems };
}
