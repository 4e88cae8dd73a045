import { Injectable } from '@nestjs/common';
import { AuthContext } from '@kyodo/auth';
import { OperatingCostsService } from '../operating-costs/operating-costs.service';
import { OrgYearSnapshot } from '../snapshots/node-aggregates';
import { SnapshotsService } from '../snapshots/snapshots.service';
import { groupTotalsOf } from './group-totals';
import { consortiumKpis, orgKpis, totalsOf } from './kpi-calculator';
import { FiscalYearReport, KpiTotals } from './kpi.model';

/** Builds fiscal-year reports from stored snapshots and entered costs: three queries at most, for any number of years. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly snapshots: SnapshotsService,
    private readonly costs: OperatingCostsService,
  ) {}

  /**
   * Reports of the given years, for one org (`orgId`) or the whole consortium (null), from the
   * latest snapshots or, with `asOfMonth` (YYYY-MM), from those stored by then.
   */
  async reports(
    fiscalYears: readonly number[],
    orgId: string | null,
    asOfMonth: string | null = null,
    current: readonly OrgYearSnapshot[] = [],
  ): Promise<FiscalYearReport[]> {
    // Each year's report compares with the year before, so those are read in the same queries.
    const years = [...new Set(fiscalYears.flatMap((y) => [y, y - 1]))];
    // Every member's snapshots: one member's shared-work income is in its counterparts' figures.
    const [allSnapshots, costs, municipalities] = await Promise.all([
      this.snapshots.latest(years, null, asOfMonth),
      this.costs.ofYears(years, orgId),
      // Every year read: the consortium's row also says which municipalities adopted the model in it.
      this.snapshots.municipalityCounts(years, asOfMonth),
    ]);
    const costOf = (year: number, org: string) => costs.find((c) => c.fiscalYear === year && c.orgId === org)?.amountYen ?? 0n;
    // Current figures stand in for the stored ones of the same org and year.
    const replaced = new Set(current.map((s) => `${s.orgId}/${s.fiscalYear}`));
    allSnapshots.splice(0, allSnapshots.length, ...allSnapshots.filter((s) => !replaced.has(`${s.orgId}/${s.fiscalYear}`)), ...current);
    allSnapshots.sort((a, b) => a.fiscalYear - b.fiscalYear || a.orgId.localeCompare(b.orgId));
    const snapshots = orgId === null ? allSnapshots : allSnapshots.filter((s) => s.orgId === orgId);
    const allOfYear = (year: number) => allSnapshots.filter((s) => s.fiscalYear === year);
    const ofYear = (year: number) => snapshots.filter((s) => s.fiscalYear === year);
    const costsOfOrgs = (year: number, list: readonly OrgYearSnapshot[]) => list.reduce((n, s) => n + costOf(year, s.orgId), 0n);
    const adoptedIn = (year: number): string[] => municipalities.get(year)?.newMunicipalityIds ?? [];
    const totalsOfYear = (year: number, only?: string): KpiTotals | null => {
      const list = ofYear(year).filter((s) => !only || s.orgId === only);
      return list.length ? totalsOf(list, costsOfOrgs(year, list), allOfYear(year), adoptedIn(year)) : null;
    };

    return fiscalYears.map((fiscalYear) => {
      const current = ofYear(fiscalYear);
      return {
        fiscalYear,
        orgs: current.map((s) =>
          orgKpis(s, costOf(fiscalYear, s.orgId), totalsOfYear(fiscalYear - 1, s.orgId), allOfYear(fiscalYear), adoptedIn(fiscalYear)),
        ),
        consortium:
          orgId === null
            ? consortiumKpis(
                fiscalYear,
                current,
                costsOfOrgs(fiscalYear, current),
                totalsOfYear(fiscalYear - 1),
                municipalities.get(fiscalYear)?.municipalityCount ?? null,
                municipalities.get(fiscalYear)?.failedMembers ?? [],
                adoptedIn(fiscalYear),
              )
            : null,
      };
    });
  }

  /**
   * A group of members' totals per fiscal year from the latest snapshots (groupTotalsOf): a year
   * in which a member has no snapshot is left out. Three queries, whatever the number of years.
   */
  async groupTotals(fiscalYears: readonly number[], memberOrgIds: readonly string[]): Promise<Map<number, KpiTotals>> {
    const [snapshots, costs, facts] = await Promise.all([
      this.snapshots.latest(fiscalYears, null),
      this.costs.ofYears(fiscalYears, null),
      this.snapshots.municipalityCounts(fiscalYears),
    ]);
    const result = new Map<number, KpiTotals>();
    for (const year of fiscalYears) {
      const totals = groupTotalsOf(
        memberOrgIds,
        snapshots.filter((s) => s.fiscalYear === year),
        (org) => costs.find((c) => c.fiscalYear === year && c.orgId === org)?.amountYen ?? 0n,
        facts.get(year)?.newMunicipalityIds ?? [],
      );
      if (totals) result.set(year, totals);
    }
    return result;
  }

  async report(fiscalYear: number, orgId: string | null, asOfMonth: string | null = null): Promise<FiscalYearReport> {
    return (await this.reports([fiscalYear], orgId, asOfMonth))[0];
  }

  /** The year's report from the figures the nodes give now (see SnapshotsService.current); the year before from its snapshots. */
  async currentReport(fiscalYear: number, orgId: string | null, auth: AuthContext): Promise<FiscalYearReport> {
    const { snapshots } = await this.snapshots.current(fiscalYear, auth);
    return (await this.reports([fiscalYear], orgId, null, snapshots))[0];
  }
}
