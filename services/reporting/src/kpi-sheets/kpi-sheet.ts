import { Kpi, KPI_LABELS } from '../kpis/kpi.enum';

/** One org's plan for one KPI, as set (see the kpi_plans migration). */
export interface KpiPlan {
  /** null: the consortium's own plan (stored under '*') or a project's. */
  orgId: string | null;
  /** The project whose plan it is (stored under 'project:<id>'); null for a member's or the consortium's. */
  projectId?: string | null;
  kpi: Kpi;
  baseYear: number;
  baseValue: bigint;
  finalYear: number;
  finalIncrease: bigint;
  /** 単年度目標 by fiscal year: the increase aimed at in that year. */
  yearlyIncreases: { fiscalYear: number; increase: bigint }[];
}

/** A row of the KPI sheet (KPIシート) for one fiscal year; every target and actual is an increase. */
export interface KpiSheetLine {
  kpi: Kpi;
  label: string;
  baseYear: number;
  baseValue: bigint;
  finalYear: number;
  /** 最終目標: the cumulative increase aimed at by the final year. */
  finalIncrease: bigint;
  /** 単年度目標; null when none was set for the year. */
  yearTarget: bigint | null;
  /** 単年度実績: this year's figure minus last year's (the base value for the first year); null without both. */
  yearActual: bigint | null;
  yearRatePercent: number | null;
  /** 累計目標: the single-year targets from the year after the base year to this one. */
  cumulativeTarget: bigint;
  /** 累計実績: this year's figure minus the base value; null without this year's figure. */
  cumulativeActual: bigint | null;
  cumulativeRatePercent: number | null;
}

/**
 * 達成率: actual / target in percent, rounded half up to one decimal (toward +∞ at exactly half,
 * as the state's sheets round), in integers so that no amount becomes a float. null for a target
 * of 0 (shown as "—") or without an actual.
 */
export function rateHalfUp(actual: bigint | null, target: bigint | null): number | null {
  if (actual === null || target === null || target === 0n) return null;
  const sign = target < 0n ? -1n : 1n;
  const p = actual * 1000n * sign;
  const w = target * sign;
  const numerator = 2n * p + w;
  const denominator = 2n * w;
  let tenths = numerator / denominator;
  if (numerator % denominator !== 0n && numerator < 0n) tenths -= 1n;
  return Number(tenths) / 10;
}

/**
 * The sheet's line for `fiscalYear` from the plan and the KPI's figure per year (`valueOf`, null
 * for a year without figures). The base year's figure is the plan's base value, whatever a
 * snapshot says: the sheet measures from what was reported to the state.
 */
export function kpiSheetLine(plan: KpiPlan, fiscalYear: number, valueOf: (year: number) => bigint | null): KpiSheetLine {
  const level = (year: number): bigint | null => (year === plan.baseYear ? plan.baseValue : year < plan.baseYear ? null : valueOf(year));
  const now = level(fiscalYear);
  const before = level(fiscalYear - 1);
  const yearTarget = plan.yearlyIncreases.find((y) => y.fiscalYear === fiscalYear)?.increase ?? null;
  const yearActual = now !== null && before !== null && fiscalYear > plan.baseYear ? now - before : null;
  const cumulativeTarget = plan.yearlyIncreases
    .filter((y) => y.fiscalYear > plan.baseYear && y.fiscalYear <= fiscalYear)
    .reduce((sum, y) => sum + y.increase, 0n);
  const cumulativeActual = now !== null && fiscalYear > plan.baseYear ? now - plan.baseValue : null;
  return {
    kpi: plan.kpi,
    label: KPI_LABELS[plan.kpi],
    baseYear: plan.baseYear,
    baseValue: plan.baseValue,
    finalYear: plan.finalYear,
    finalIncrease: plan.finalIncrease,
    yearTarget,
    yearActual,
    yearRatePercent: rateHalfUp(yearActual, yearTarget),
    cumulativeTarget,
    cumulativeActual,
    cumulativeRatePercent: rateHalfUp(cumulativeActual, cumulativeTarget),
  };
}
