import * as echarts from 'echarts';
import { FiscalYearReport } from '../kpis/kpi.model';
import { ExportFile } from './export-file.model';

const WIDTH = 960;
const HEIGHT = 540;

/** Draws an ECharts option to an SVG string on the server (no DOM, no animation). */
function renderSvg(option: echarts.EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
  try {
    chart.setOption({ animation: false, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const svgFile = (filename: string, content: string): ExportFile => ({ filename, contentType: 'image/svg+xml', content });

/**
 * 受注額の推移: order value per fiscal year, one stacked bar per year, one series per client
 * (named "org / client" when several orgs are drawn, as clients are each org's own).
 */
export function orderValueByClientChart(reports: readonly FiscalYearReport[], scope: string | null): ExportFile {
  const years = reports.map((r) => r.fiscalYear);
  const orgCount = new Set(reports.flatMap((r) => r.orgs.map((o) => o.orgId))).size;
  const series = new Map<string, number[]>();
  reports.forEach((report, i) => {
    for (const org of report.orgs) {
      for (const client of org.byClient) {
        const name = orgCount > 1 ? `${org.orgId} / ${client.clientName}` : client.clientName;
        const values = series.get(name) ?? years.map(() => 0);
        // A chart draws floats: a bar's height needs no yen past 2^53 (tables and CSV carry the exact figures).
        values[i] += Number(client.valueYen);
        series.set(name, values);
      }
    }
  });
  const names = [...series.keys()].sort();
  const svg = renderSvg({
    title: { text: '受注額の推移（発注者別）', left: 'center' },
    legend: { type: 'scroll', bottom: 0, data: names },
    grid: { left: 100, right: 40, top: 60, bottom: 80 },
    xAxis: { type: 'category', data: years.map((y) => `${y}年度`) },
    yAxis: { type: 'value', name: '円' },
    series: names.map((name) => ({ name, type: 'bar', stack: 'orders', data: series.get(name) })),
  });
  return svgFile(`kyodo-order-value-by-client-fy${years[0]}-fy${years[years.length - 1]}-${scope ?? 'consortium'}.svg`, svg);
}

/** 官公需・民需の比率: the public vs private split of a year's order value, as a pie. */
export function sectorSplitChart(report: FiscalYearReport, scope: string | null): ExportFile {
  const totals = report.consortium?.totals ?? report.orgs[0]?.totals;
  const svg = renderSvg({
    title: { text: `${report.fiscalYear}年度 官公需・民需の比率`, left: 'center' },
    legend: { bottom: 0, data: ['官公需', '民需'] },
    series: [
      {
        name: '受注額',
        type: 'pie',
        radius: '60%',
        label: { formatter: '{b}: {d}%' },
        data: [
          { name: '官公需', value: Number(totals?.publicSector.valueYen ?? 0n) },
          { name: '民需', value: Number(totals?.privateSector.valueYen ?? 0n) },
        ],
      },
    ],
  });
  return svgFile(`kyodo-sector-split-fy${report.fiscalYear}-${scope ?? 'consortium'}.svg`, svg);
}
