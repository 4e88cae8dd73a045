import { consortiumKpis, orgKpis } from '../kpis/kpi-calculator';
import { Kpi } from '../kpis/kpi.enum';
import { FiscalYearReport } from '../kpis/kpi.model';
import { SHIOJIRI_2025, TATESHINA_2025 } from '../test-support/snapshot-fixtures';
import { ReportCsvKind } from './report-csv-kind.enum';
import { CONSORTIUM_ROW, reportCsv } from './report-csv';

const REPORT: FiscalYearReport = {
  fiscalYear: 2025,
  orgs: [
    orgKpis(SHIOJIRI_2025, 0n, null, [SHIOJIRI_2025, TATESHINA_2025]),
    orgKpis(TATESHINA_2025, 50_000n, null, [SHIOJIRI_2025, TATESHINA_2025]),
  ],
  consortium: consortiumKpis(2025, [SHIOJIRI_2025, TATESHINA_2025], 50_000n, null),
};
const lines = (content: string) =>
  content
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('report CSVs', () => {
  it('has a file for every kind, each with a BOM and a header row', () => {
    for (const kind of Object.values(ReportCsvKind)) {
      const file = reportCsv(kind, REPORT, null, []);
      expect([kind, file.content.startsWith('\uFEFF'), file.filename]).toEqual([
        kind,
        true,
        `kyodo-${kind.toLowerCase().replace(/_/g, '-')}-fy2025-consortium.csv`,
      ]);
    }
  });

  it('writes the KPI summary one row per org and one for the consortium', () => {
    const rows = lines(reportCsv(ReportCsvKind.KPI_SUMMARY, REPORT, null, []).content);
    expect(rows[0].split(',').slice(0, 3)).toEqual(['年度', '団体', '受注額（円）']);
    expect(rows.slice(1).map((r) => r.split(',').slice(0, 3))).toEqual([
      ['2025', 'shiojiri', '20000'],
      ['2025', 'tateshina', '180000'],
      ['2025', CONSORTIUM_ROW, '200000'],
    ]);
    // The last two columns: operating costs and the largest client's share.
    expect(rows[3].split(',').slice(-2)).toEqual(['50000', '75']);
  });

  it('quotes client names with commas and quotes, and labels sectors in Japanese', () => {
    expect(lines(reportCsv(ReportCsvKind.ORDERS_BY_CLIENT, REPORT, 'tateshina', []).content)).toEqual([
      '年度,団体,発注者,区分,件数,受注額（円）,構成比（%）',
      '2025,shiojiri,X社,民需,1,20000,100',
      '2025,tateshina,立科町 総務課,官公需,2,150000,83.3',
      '2025,tateshina,"株式会社 信州, ""本社""",民需,1,30000,16.7',
    ]);
  });

  it('writes consortium work by home and task org, and achievements with empty cells for missing figures', () => {
    expect(lines(reportCsv(ReportCsvKind.SHARED_WORK, REPORT, null, []).content).slice(1)).toEqual([
      '2025,shiojiri,tateshina,30,1500',
      '2025,tateshina,shiojiri,90,4000',
    ]);
    const achievements = [
      {
        orgId: 'tateshina',
        kpi: Kpi.ORDER_VALUE,
        fiscalYear: 2025,
        target: 150_000n,
        actual: null,
        ratePercent: null,
        baseYear: 2024,
        cumulativeTarget: 0n,
        cumulativeActual: 0n,
        cumulativeRatePercent: null,
      },
    ];
    expect(lines(reportCsv(ReportCsvKind.ACHIEVEMENTS, REPORT, 'tateshina', achievements).content)[1]).toBe(
      '2025,tateshina,受注額（円）,150000,,,2024,0,0,',
    );
  });

  it('writes settled shared work by org and counterpart, income and cost', () => {
    expect(lines(reportCsv(ReportCsvKind.SHARED_WORK_SETTLEMENTS, REPORT, null, []).content)).toEqual([
      '年度,団体,相手団体,収入（精算額・円）,支出（精算額・円）',
      '2025,shiojiri,tateshina,1200,3000',
      '2025,tateshina,shiojiri,3000,1200',
    ]);
  });
});
