import { OrgYearSnapshot } from '../snapshots/node-aggregates';
import { totalsOf } from './kpi-calculator';
import { KpiTotals } from './kpi.model';

/**
 * A group's totals for one year (a project: a named group of members): the sums over its
 * members' snapshots of the year, with their operating costs and their shared-work income from
 * every member's snapshots of the year (`yearSnapshots`). null when a member has no figures for
 * the year: a partial sum would read as a fall in the KPI sheet, so the year has no actual.
 */
export function groupTotalsOf(
  memberOrgIds: readonly string[],
  yearSnapshots: readonly OrgYearSnapshot[],
  costOf: (orgId: string) => bigint,
  newMunicipalityIds: readonly string[] = [],
): KpiTotals | null {
  const members = new Set(memberOrgIds);
  const list = yearSnapshots.filter((s) => members.has(s.orgId));
  if (!members.size || list.length !== members.size) return null;
  return totalsOf(
    list,
    list.reduce((n, s) => n + costOf(s.orgId), 0n),
    yearSnapshots,
    newMunicipalityIds,
  );
}
