import type { EChartsOption } from 'echarts';

/**
 * The report charts as ECharts options: pure data in, an option out, no DOM and no Node. The
 * reporting service renders them to SVG for downloads and the console draws the very same
 * options in the page, so a chart looks alike wherever it is read.
 */

/** Yen as the API sends it: a decimal string (exact), or a bigint on the server. */
export type YenLike = string | number | bigint;

/**
 * A chart draws floats: a bar's height needs no yen past 2^53 (tables and CSV carry the exact
 * figures), so the conversion happens here and nowhere else.
 */
export function chartYen(value: YenLike): number {
  return Number(value);
}

export interface ClientValueInput {
  clientName: string;
  valueYen: YenLike;
}

export interface OrgClientValuesInput {
  orgId: string;
  byClient: readonly ClientValueInput[];
}

export interface YearClientValuesInput {
  fiscalYear: number;
  orgs: readonly OrgClientValuesInput[];
}

/**
 * 受注額の推移: order value per fiscal year, one stacked bar per year, one series per client
 * (named "org / client" when several orgs are drawn, as clients are each org's own).
 */
export function orderValueByClientOption(reports: readonly YearClientValuesInput[]): EChartsOption {
  const years = reports.map((r) => r.fiscalYear);
  const orgCount = new Set(reports.flatMap((r) => r.orgs.map((o) => o.orgId))).size;
  const series = new Map<string, number[]>();
  reports.forEach((report, i) => {
    for (const org of report.orgs) {
      for (const client of org.byClient) {
        const name = orgCount > 1 ? `${org.orgId} / ${client.clientName}` : client.clientName;
        const values = series.get(name) ?? years.map(() => 0);
        values[i] += chartYen(client.valueYen);
        series.set(name, values);
      }
    }
  });
  const names = [...series.keys()].sort();
  return {
    title: { text: '受注額の推移（発注者別）', left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0, data: names },
    grid: { left: 100, right: 40, top: 60, bottom: 80 },
    xAxis: { type: 'category', data: years.map((y) => `${y}年度`) },
    yAxis: { type: 'value', name: '円' },
    series: names.map((name) => ({ name, type: 'bar', stack: 'orders', data: series.get(name) })),
  };
}

/** A pie of named yen slices with percentages on the labels. */
function pieOption(title: string, seriesName: string, slices: readonly { name: string; valueYen: YenLike }[]): EChartsOption {
  return {
    title: { text: title, left: 'center' },
    tooltip: { trigger: 'item' },
    legend: { type: 'scroll', bottom: 0, data: slices.map((s) => s.name) },
    series: [
      {
        name: seriesName,
        type: 'pie',
        radius: '60%',
        label: { formatter: '{b}: {d}%' },
        data: slices.map((s) => ({ name: s.name, value: chartYen(s.valueYen) })),
      },
    ],
  };
}

/** 官公需・民需の比率: the public vs private split of a year's order value, as a pie. */
export function sectorSplitOption(fiscalYear: number, publicYen: YenLike, privateYen: YenLike): EChartsOption {
  return pieOption(`${fiscalYear}年度 官公需・民需の比率`, '受注額', [
    { name: '官公需', valueYen: publicYen },
    { name: '民需', valueYen: privateYen },
  ]);
}

/** 定型・非定型の比率: routine vs non-routine order value of a year, as a pie. */
export function routineSplitOption(fiscalYear: number, routineYen: YenLike, nonRoutineYen: YenLike): EChartsOption {
  return pieOption(`${fiscalYear}年度 定型・非定型の比率`, '受注額', [
    { name: '定型', valueYen: routineYen },
    { name: '非定型', valueYen: nonRoutineYen },
  ]);
}

/** 業務分類別の受注額: a year's order value by business category, largest first. */
export function orderValueByCategoryOption(fiscalYear: number, byCategory: readonly { label: string; valueYen: YenLike }[]): EChartsOption {
  const sorted = [...byCategory].sort((a, b) => chartYen(b.valueYen) - chartYen(a.valueYen));
  return {
    title: { text: `${fiscalYear}年度 業務分類別の受注額`, left: 'center' },
    tooltip: { trigger: 'axis' },
    grid: { left: 140, right: 40, top: 60, bottom: 40 },
    xAxis: { type: 'value', name: '円' },
    yAxis: { type: 'category', inverse: true, data: sorted.map((c) => c.label) },
    series: [{ name: '受注額', type: 'bar', data: sorted.map((c) => chartYen(c.valueYen)) }],
  };
}

export interface SharedWorkInput {
  /** Whose workers did the work. */
  homeOrgId: string;
  /** Whose task it was. */
  taskOrgId: string;
  approvedMinutes: number;
}

/**
 * 共同受注の流れ: approved hours of shared work from the workers' home member to the member whose
 * task it was, one stacked bar per home member, one series per task member.
 */
export function sharedWorkFlowOption(fiscalYear: number, sharedWork: readonly SharedWorkInput[]): EChartsOption {
  const homes = [...new Set(sharedWork.map((s) => s.homeOrgId))].sort();
  const tasks = [...new Set(sharedWork.map((s) => s.taskOrgId))].sort();
  const hours = (home: string, task: string) =>
    Math.round(
      (sharedWork.filter((s) => s.homeOrgId === home && s.taskOrgId === task).reduce((sum, s) => sum + s.approvedMinutes, 0) / 60) * 10,
    ) / 10;
  return {
    title: { text: `${fiscalYear}年度 共同受注の作業時間（作業者の所属 → 作業の依頼元）`, left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0, data: tasks },
    grid: { left: 100, right: 40, top: 60, bottom: 80 },
    xAxis: { type: 'category', data: homes },
    yAxis: { type: 'value', name: '時間' },
    series: tasks.map((task) => ({ name: task, type: 'bar', stack: 'shared', data: homes.map((home) => hours(home, task)) })),
  };
}

export interface YearOverYearInput {
  label: string;
  current: YenLike;
  previous: YenLike | null;
}

/** 前年度比較: each figure this year beside last year's (a missing year draws no bar). */
export function yearOverYearOption(fiscalYear: number, changes: readonly YearOverYearInput[]): EChartsOption {
  return {
    title: { text: `${fiscalYear}年度と前年度の比較`, left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: [`${fiscalYear - 1}年度`, `${fiscalYear}年度`] },
    grid: { left: 140, right: 40, top: 60, bottom: 60 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: changes.map((c) => c.label) },
    series: [
      { name: `${fiscalYear - 1}年度`, type: 'bar', data: changes.map((c) => (c.previous === null ? null : chartYen(c.previous))) },
      { name: `${fiscalYear}年度`, type: 'bar', data: changes.map((c) => chartYen(c.current)) },
    ],
  };
}

/** 導入自治体数の推移: member municipalities per fiscal year, as a line. */
export function adoptionOverTimeOption(points: readonly { fiscalYear: number; municipalities: number }[]): EChartsOption {
  return {
    title: { text: '導入自治体数の推移', left: 'center' },
    tooltip: { trigger: 'axis' },
    grid: { left: 60, right: 40, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: points.map((p) => `${p.fiscalYear}年度`) },
    yAxis: { type: 'value', name: '自治体', minInterval: 1 },
    series: [{ name: '導入自治体数', type: 'line', data: points.map((p) => p.municipalities) }],
  };
}

/**
 * 導入自治体数の推移 from the registry's onboarding dates: the municipalities onboarded in each
 * fiscal year as bars, those onboarded so far as a line.
 */
export function municipalityAdoptionOption(points: readonly { fiscalYear: number; added: number; total: number }[]): EChartsOption {
  return {
    title: { text: '導入自治体数の推移（受入れ日）', left: 'center' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, data: ['新規導入', '導入自治体数（累計）'] },
    grid: { left: 60, right: 40, top: 60, bottom: 60 },
    xAxis: { type: 'category', data: points.map((p) => `${p.fiscalYear}年度`) },
    yAxis: { type: 'value', name: '自治体', minInterval: 1 },
    series: [
      { name: '新規導入', type: 'bar', data: points.map((p) => p.added) },
      { name: '導入自治体数（累計）', type: 'line', data: points.map((p) => p.total) },
    ],
  };
}
