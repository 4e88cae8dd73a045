/**
 * The consortium's KPIs beside one member's or one project's: per KPI that either sheet plans for
 * the year, both single-year targets, actuals and 達成率 (the server's figures, as they are).
 */
export interface SheetFigures {
  kpi: string;
  label: string;
  yearTarget?: string | null;
  yearActual?: string | null;
  yearRatePercent?: number | null;
}

export interface KpiComparison {
  kpi: string;
  label: string;
  consortium: SheetFigures | null;
  drilled: SheetFigures | null;
}

/** In the consortium sheet's order, then the KPIs only the drilled sheet plans for. */
export function compareSheets(consortium: readonly SheetFigures[], drilled: readonly SheetFigures[]): KpiComparison[] {
  const rows = consortium.map((line) => ({
    kpi: line.kpi,
    label: line.label,
    consortium: line,
    drilled: drilled.find((d) => d.kpi === line.kpi) ?? null,
  }));
  const extra = drilled
    .filter((d) => !consortium.some((c) => c.kpi === d.kpi))
    .map((d) => ({ kpi: d.kpi, label: d.label, consortium: null, drilled: d }));
  return [...rows, ...extra];
}

/** The drill-down choice as the select holds it: "member:omachi", "project:<id>". */
export type Drill = { kind: 'member'; orgId: string } | { kind: 'project'; projectId: string } | null;

export function drillOf(value: string): Drill {
  if (value.startsWith('member:')) return { kind: 'member', orgId: value.slice('member:'.length) };
  if (value.startsWith('project:')) return { kind: 'project', projectId: value.slice('project:'.length) };
  return null;
}
