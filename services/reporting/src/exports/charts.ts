import { orderValueByClientOption, sectorSplitOption } from '@kyodo/charts';
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
 * 受注額の推移 as an SVG download; the option itself is @kyodo/charts', the one the console draws
 * in the page.
 */
export function orderValueByClientChart(reports: readonly FiscalYearReport[], scope: string | null): ExportFile {
  const years = reports.map((r) => r.fiscalYear);
  const svg = renderSvg(orderValueByClientOption(reports));
  return svgFile(`kyodo-order-value-by-client-fy${years[0]}-fy${years[years.length - 1]}-${scope ?? 'consortium'}.svg`, svg);
}

/** 官公需・民需の比率 as an SVG download (the console's option, drawn on the server). */
export function sectorSplitChart(report: FiscalYearReport, scope: string | null): ExportFile {
  const totals = report.consortium?.totals ?? report.orgs[0]?.totals;
  const svg = renderSvg(sectorSplitOption(report.fiscalYear, totals?.publicSector.valueYen ?? 0n, totals?.privateSector.valueYen ?? 0n));
  return svgFile(`kyodo-sector-split-fy${report.fiscalYear}-${scope ?? 'consortium'}.svg`, svg);
}
