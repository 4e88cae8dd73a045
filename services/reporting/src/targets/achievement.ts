import { kpiValue } from '../kpis/kpi-calculator';
import { KpiTotals } from '../kpis/kpi.model';
import { percentOneDecimal } from '../kpis/percent';
import { KpiAchievement, KpiTarget } from './kpi-target.model';

/**
 * 達成率 of every target set for `fiscalYear`, from the org's totals by year. Cumulative figures
 * add up the years from `baseYear` on in which the org had both a target and figures: a year
 * without either says nothing about achievement, so it is left out rather than counted as 0.
 */
export function achievements(
  targets: readonly KpiTarget[],
  totalsOf: (orgId: string, year: number) => KpiTotals | null,
  fiscalYear: number,
  baseYear: number,
): KpiAchievement[] {
  return targets
    .filter((t) => t.fiscalYear === fiscalYear)
    .sort((a, b) => a.orgId.localeCompare(b.orgId) || a.kpi.localeCompare(b.kpi))
    .map((target) => {
      const totals = totalsOf(target.orgId, fiscalYear);
      const actual = totals ? kpiValue(totals, target.kpi) : null;
      let cumulativeTarget = 0n;
      let cumulativeActual = 0n;
      for (const t of targets.filter(
        (t) => t.orgId === target.orgId && t.kpi === target.kpi && t.fiscalYear >= baseYear && t.fiscalYear <= fiscalYear,
      )) {
        const yearTotals = totalsOf(t.orgId, t.fiscalYear);
        if (!yearTotals) continue;
        cumulativeTarget += t.targetValue;
        cumulativeActual += kpiValue(yearTotals, t.kpi);
      }
      return {
        orgId: target.orgId,
        kpi: target.kpi,
        fiscalYear,
        target: target.targetValue,
        actual,
        ratePercent: actual === null ? null : percentOneDecimal(actual, target.targetValue),
        baseYear,
        cumulativeTarget,
        cumulativeActual,
        cumulativeRatePercent: percentOneDecimal(cumulativeActual, cumulativeTarget),
      };
    });
}
