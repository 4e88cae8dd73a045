import { ORG_ID_PATTERN } from '@kyodo/config';
import { ImportColumn, ImportProblem, readCsvTable, RowReader } from '@kyodo/subgraph/history-import';

/**
 * 精算実績 CSV: one row per month of shared work this org settled with (paid) a partner member
 * before it used Kyodo. What a partner paid this org is in that partner's books, and imported there.
 */
export const SETTLEMENT_HISTORY_COLUMNS = [
  { key: 'partnerOrgId', headers: ['相手会員', 'partnerOrgId'], required: true },
  { key: 'month', headers: ['対象月', 'month'], required: true },
  { key: 'approvedMinutes', headers: ['承認時間（分）', '承認分', 'approvedMinutes'], required: true },
  { key: 'totalYen', headers: ['精算額', '金額', 'totalYen'], required: true },
] as const satisfies readonly ImportColumn[];

export type SettlementColumn = (typeof SETTLEMENT_HISTORY_COLUMNS)[number]['key'];

export interface SettlementHistoryRow {
  line: number;
  /** The header the file gave a column, for problems found against the node's data. */
  headerOf: (key: SettlementColumn) => string;
  partnerOrgId: string;
  /** First day of the month. */
  month: string;
  approvedMinutes: number;
  totalYen: bigint;
}

export function readSettlementHistory(
  text: string,
  orgId: string,
  today: string,
): { rows: SettlementHistoryRow[]; rowCount: number; problems: ImportProblem[] } {
  const table = readCsvTable<SettlementColumn>(text, SETTLEMENT_HISTORY_COLUMNS);
  const problems = [...table.problems];
  const rows: SettlementHistoryRow[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of table.rows) {
    const before = problems.length;
    const r = new RowReader(row, problems);
    let partnerOrgId = r.text('partnerOrgId', 63);
    if (partnerOrgId !== undefined && (!ORG_ID_PATTERN.test(partnerOrgId) || partnerOrgId === orgId))
      partnerOrgId = r.problem(
        'partnerOrgId',
        'IMPORT_REFERENCE_UNKNOWN',
        `相手会員: "${partnerOrgId}" is not another member's org id (e.g. shiojiri).`,
      );
    const month = r.month('month', today);
    const approvedMinutes = r.integer('approvedMinutes', 0, 10_000_000);
    const totalYen = r.yen('totalYen');
    if (partnerOrgId !== undefined && month !== undefined) {
      const key = `${partnerOrgId} ${month}`;
      const first = firstLineOf.get(key);
      if (first !== undefined)
        r.problem('month', 'IMPORT_DUPLICATE_IN_FILE', `${partnerOrgId} ${month.slice(0, 7)} is also on line ${first}.`);
      else firstLineOf.set(key, r.line);
    }
    // Every reader that returned undefined pushed a problem, so a row without new problems is complete.
    if (problems.length === before)
      rows.push({ line: r.line, headerOf: row.headerOf, partnerOrgId, month, approvedMinutes, totalYen } as SettlementHistoryRow);
  }
  return { rows, rowCount: table.rows.length, problems };
}
