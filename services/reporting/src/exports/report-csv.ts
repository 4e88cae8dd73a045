import { Kpi, KPI_LABELS } from '../kpis/kpi.enum';
import { kpiValue } from '../kpis/kpi-calculator';
import { FiscalYearReport, KpiChange, KpiTotals } from '../kpis/kpi.model';
import { KpiAchievement } from '../targets/kpi-target.model';
import { CsvCell, excelCsv } from './excel-csv';
import { ExportFile } from './export-file.model';
import { ReportCsvKind } from './report-csv-kind.enum';

/** The label of the consortium's own row in per-org tables. */
export const CONSORTIUM_ROW = 'コンソーシアム計';
const SECTOR_LABELS: Readonly<Record<string, string>> = { PUBLIC: '官公需', PRIVATE: '民需' };
const KPIS = Object.values(Kpi);

const fileName = (kind: ReportCsvKind, fiscalYear: number, scope: string | null) =>
  `kyodo-${kind.toLowerCase().replace(/_/g, '-')}-fy${fiscalYear}-${scope ?? 'consortium'}.csv`;

/** Every row of a per-org table: each org's, then the consortium's when the report has it. */
function perOrg<T>(
  report: FiscalYearReport,
  ofOrg: (orgId: string, totals: KpiTotals, changes: KpiChange[]) => T[],
  ofConsortium?: (totals: KpiTotals, changes: KpiChange[]) => T[],
): T[] {
  const rows = report.orgs.flatMap((o) => ofOrg(o.orgId, o.totals, o.yearOverYear));
  return report.consortium && ofConsortium ? [...rows, ...ofConsortium(report.consortium.totals, report.consortium.yearOverYear)] : rows;
}

/** Builds the CSV of one report kind from a fiscal-year report (and the achievements, for ACHIEVEMENTS). */
export function reportCsv(
  kind: ReportCsvKind,
  report: FiscalYearReport,
  scope: string | null,
  achievements: readonly KpiAchievement[],
): ExportFile {
  const fy = report.fiscalYear;
  const name = fileName(kind, fy, scope);
  switch (kind) {
    case ReportCsvKind.KPI_SUMMARY: {
      const row = (label: string, totals: KpiTotals): CsvCell[] => [
        fy,
        label,
        ...KPIS.map((kpi) => kpiValue(totals, kpi)),
        totals.operatingCostsYen,
        totals.largestClientSharePercent,
      ];
      return excelCsv(
        name,
        ['年度', '団体', ...KPIS.map((kpi) => KPI_LABELS[kpi]), '運営経費（円）', '最大発注者依存度（%）'],
        perOrg(
          report,
          (orgId, totals) => [row(orgId, totals)],
          (totals) => [row(CONSORTIUM_ROW, totals)],
        ),
      );
    }
    case ReportCsvKind.ORDERS_BY_CLIENT:
      return excelCsv(
        name,
        ['年度', '団体', '発注者', '区分', '件数', '受注額（円）', '構成比（%）'],
        report.orgs.flatMap((o) =>
          o.byClient.map((c) => [fy, o.orgId, c.clientName, SECTOR_LABELS[c.sector] ?? c.sector, c.orderCount, c.valueYen, c.sharePercent]),
        ),
      );
    case ReportCsvKind.ORDERS_BY_CATEGORY:
      return excelCsv(
        name,
        ['年度', '団体', '業務分類', '件数', '受注額（円）'],
        [
          ...report.orgs.flatMap((o) => o.byCategory.map((c) => [fy, o.orgId, c.category, c.orderCount, c.valueYen])),
          ...(report.consortium?.byCategory.map((c) => [fy, CONSORTIUM_ROW, c.category, c.orderCount, c.valueYen]) ?? []),
        ],
      );
    case ReportCsvKind.SHARED_WORK:
      return excelCsv(
        name,
        ['年度', 'ワーカー所属団体', '業務元団体', '作業時間（分）', '報酬（円）'],
        report.orgs.flatMap((o) => o.sharedWork.map((s) => [fy, s.homeOrgId, s.taskOrgId, s.approvedMinutes, s.payYen])),
      );
    case ReportCsvKind.YEAR_OVER_YEAR: {
      const rows = (label: string, changes: KpiChange[]) =>
        changes.map((c): CsvCell[] => [fy, label, KPI_LABELS[c.kpi], c.previous, c.current, c.changePercent]);
      return excelCsv(
        name,
        ['年度', '団体', '指標', '前年度', '当年度', '増減率（%）'],
        perOrg(
          report,
          (orgId, _t, changes) => rows(orgId, changes),
          (_t, changes) => rows(CONSORTIUM_ROW, changes),
        ),
      );
    }
    case ReportCsvKind.SHARED_WORK_SETTLEMENTS:
      return excelCsv(
        name,
        ['年度', '団体', '相手団体', '収入（精算額・円）', '支出（精算額・円）'],
        report.orgs.flatMap((o) => o.settlements.map((s) => [fy, o.orgId, s.counterpartOrgId, s.incomeYen, s.costYen])),
      );
    case ReportCsvKind.ACHIEVEMENTS:
      return excelCsv(
        name,
        ['年度', '団体', '指標', '目標', '実績', '達成率（%）', '基準年度', '累計目標', '累計実績', '累計達成率（%）'],
        achievements.map((a) => [
          a.fiscalYear,
          a.orgId,
          KPI_LABELS[a.kpi],
          a.target,
          a.actual,
          a.ratePercent,
          a.baseYear,
          a.cumulativeTarget,
          a.cumulativeActual,
          a.cumulativeRatePercent,
        ]),
      );
  }
}
