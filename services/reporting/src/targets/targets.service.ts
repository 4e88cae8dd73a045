import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { ReportingError } from '../common/reporting.errors';
import { Kpi } from '../kpis/kpi.enum';
import { KpiTotals } from '../kpis/kpi.model';
import { ReportsService } from '../kpis/reports.service';
import { achievements } from './achievement';
import { SetKpiTargetInput } from './dto/set-kpi-target.input';
import { KpiAchievement, KpiTarget } from './kpi-target.model';

/** How far back a cumulative rate may reach: twenty fiscal years of snapshots in one report. */
export const MAX_CUMULATIVE_YEARS = 20;

@Injectable()
export class TargetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
  ) {}

  /** Creates or replaces a target; the write and its audit line commit together. */
  async set(input: SetKpiTargetInput, auth: AuthContext): Promise<KpiTarget> {
    return this.dataSource.transaction(async (tx) => {
      const [before]: { target_value: string }[] = await tx.query(
        `SELECT target_value FROM kpi_targets WHERE org_id = $1 AND fiscal_year = $2 AND kpi = $3 FOR UPDATE`,
        [input.orgId, input.fiscalYear, input.kpi],
      );
      await tx.query(
        `INSERT INTO kpi_targets (org_id, fiscal_year, kpi, target_value) VALUES ($1, $2, $3, $4)
         ON CONFLICT (org_id, fiscal_year, kpi) DO UPDATE SET target_value = EXCLUDED.target_value`,
        [input.orgId, input.fiscalYear, input.kpi, input.targetValue.toString()],
      );
      await appendAudit(tx, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'kpi-target.set',
        entityType: 'kpi_target',
        entityId: `${input.orgId}/${input.fiscalYear}/${input.kpi}`,
        detail: { before: before ? before.target_value : null, after: input.targetValue.toString() },
      });
      return { orgId: input.orgId, fiscalYear: input.fiscalYear, kpi: input.kpi, targetValue: input.targetValue };
    });
  }

  async achievements(fiscalYear: number, baseYear: number, orgId: string | null): Promise<KpiAchievement[]> {
    if (baseYear > fiscalYear || fiscalYear - baseYear >= MAX_CUMULATIVE_YEARS) {
      throw new ReportingError(
        'INVALID_YEAR_RANGE',
        `baseYear must be at most fiscalYear and less than ${MAX_CUMULATIVE_YEARS} years before it.`,
        { baseYear, fiscalYear },
      );
    }
    const years = Array.from({ length: fiscalYear - baseYear + 1 }, (_, i) => baseYear + i);
    const [targetRows, reports] = await Promise.all([
      this.dataSource.query(
        `SELECT org_id, fiscal_year, kpi, target_value FROM kpi_targets WHERE fiscal_year BETWEEN $1 AND $2 AND ($3::text IS NULL OR org_id = $3)`,
        [baseYear, fiscalYear, orgId],
      ) as Promise<{ org_id: string; fiscal_year: number; kpi: Kpi; target_value: string }[]>,
      this.reports.reports(years, orgId),
    ]);
    const targets: KpiTarget[] = targetRows.map((r) => ({
      orgId: r.org_id,
      fiscalYear: r.fiscal_year,
      kpi: r.kpi,
      targetValue: BigInt(r.target_value),
    }));
    const totals = new Map<string, KpiTotals>(
      reports.flatMap((report) => report.orgs.map((o) => [`${o.orgId}/${report.fiscalYear}`, o.totals] as const)),
    );
    return achievements(targets, (org, year) => totals.get(`${org}/${year}`) ?? null, fiscalYear, baseYear);
  }
}
