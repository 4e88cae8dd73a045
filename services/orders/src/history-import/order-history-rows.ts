import { ImportColumn, ImportProblem, readCsvTable, RowReader, YES_NO } from '@kyodo/subgraph/history-import';
import { ClientSector } from '../clients/client-sector.enum';

/** 受注実績 CSV: one row per order accepted (検収) before the org used Kyodo. Columns in docs/history-import.md. */
export const ORDER_HISTORY_COLUMNS = [
  { key: 'reference', headers: ['受注番号', 'reference'], required: true },
  { key: 'client', headers: ['発注者', '発注者名', 'client'], required: true },
  { key: 'sector', headers: ['発注者区分', '区分', 'sector'], required: true },
  { key: 'title', headers: ['件名', 'title'], required: true },
  { key: 'category', headers: ['業務分類', 'category'], required: true },
  { key: 'routine', headers: ['定型', 'routine'], required: false },
  { key: 'valueYen', headers: ['受注金額', '金額', 'valueYen'], required: true },
  { key: 'acceptedOn', headers: ['検収日', 'acceptedOn'], required: true },
  { key: 'estimatedHours', headers: ['作業時間', 'estimatedHours'], required: false },
] as const satisfies readonly ImportColumn[];

export type OrderColumn = (typeof ORDER_HISTORY_COLUMNS)[number]['key'];

export const SECTOR_SPELLINGS: Record<ClientSector, readonly string[]> = {
  [ClientSector.PUBLIC]: ['公共', '官公庁', 'PUBLIC'],
  [ClientSector.PRIVATE]: ['民間', 'PRIVATE'],
};

export interface OrderHistoryRow {
  line: number;
  /** The header the file gave a column, for problems found against the node's data. */
  headerOf: (key: OrderColumn) => string;
  reference: string;
  client: string;
  sector: ClientSector;
  title: string;
  /** As the file wrote it: a category code (DATA_ENTRY) or its Japanese name; resolved against the node's categories. */
  category: string;
  routine: boolean;
  valueYen: bigint;
  acceptedOn: string;
  estimatedHours: number;
}

/** Reads every row, collecting every problem a row has on its own; rows with none come back typed. */
export function readOrderHistory(text: string, today: string): { rows: OrderHistoryRow[]; rowCount: number; problems: ImportProblem[] } {
  const table = readCsvTable<OrderColumn>(text, ORDER_HISTORY_COLUMNS);
  const problems = [...table.problems];
  const rows: OrderHistoryRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const before = problems.length;
    const r = new RowReader(row, problems);
    const reference = r.text('reference', 50);
    const values = {
      line: r.line,
      reference,
      client: r.text('client', 200),
      sector: r.choice('sector', SECTOR_SPELLINGS),
      title: r.text('title', 200),
      category: r.text('category', 100),
      routine: r.choice('routine', YES_NO, false) ?? 'true',
      valueYen: r.yen('valueYen'),
      acceptedOn: r.date('acceptedOn', today),
      estimatedHours: r.integer('estimatedHours', 1, 100_000, false) ?? 1,
    };
    if (reference !== undefined) {
      const first = firstLineOf.get(reference);
      if (first !== undefined) r.problem('reference', 'IMPORT_DUPLICATE_IN_FILE', `受注番号 ${reference} is also on line ${first}.`);
      else firstLineOf.set(reference, r.line);
    }
    // Every reader that returned undefined pushed a problem, so a row without new problems is complete.
    if (problems.length === before) rows.push({ ...values, headerOf: row.headerOf, routine: values.routine === 'true' } as OrderHistoryRow);
  }
  return { rows, rowCount: table.rows.length, problems };
}
