import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { ReportingError } from '../common/reporting.errors';
import { kpiValue } from '../kpis/kpi-calculator';
import { Kpi } from '../kpis/kpi.enum';
import { ReportsService } from '../kpis/reports.service';
import { SetKpiPlanInput } from './dto/set-kpi-plan.input';
import { KpiPlan, kpiSheetLine, KpiSheetLine } from './kpi-sheet';

/** How many years a plan may span: the state's plans run a few years; twenty is far past any. */
export const MAX_PLAN_YEARS = 20;

interface PlanRow {
  org_id: string;
  kpi: Kpi;
  base_year: number;
  base_value: string;
  final_year: number;
  final_increase: string;
  yearly: { fiscalYear: number; increase: string }[];
}

@Injectable()
export class KpiSheetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reports: ReportsService,
  ) {}

  /** Replaces an org's plan for a KPI whole (base, final target and every single-year target); the write and its audit line commit together. */
  setPlan(input: PlanFigures, scope: string | null, auth: AuthContext): Promise<KpiPlan> {
    return this.setPlanOf({ key: keyOf(scope), orgId: scope, projectId: null }, input, auth);
  }

  /** The same for a project's plan (the caller's right to set it is checked by the projects feature). */
  setProjectPlan(input: PlanFigures, projectId: string, auth: AuthContext): Promise<KpiPlan> {
    return this.setPlanOf({ key: projectKeyOf(projectId), orgId: null, projectId }, input, auth);
  }

  private async setPlanOf(owner: PlanOwner, input: PlanFigures, auth: AuthContext): Promise<KpiPlan> {
    const years = input.yearlyIncreases.map((y) => y.fiscalYear);
    if (input.finalYear <= input.baseYear || input.finalYear - input.baseYear > MAX_PLAN_YEARS) {
      throw new ReportingError('INVALID_KPI_PLAN', `finalYear must come after baseYear, at most ${MAX_PLAN_YEARS} years after it.`, {
        baseYear: input.baseYear,
        finalYear: input.finalYear,
      });
    }
    const outside = years.filter((y, i) => y <= input.baseYear || y > input.finalYear || years.indexOf(y) !== i);
    if (outside.length) {
      throw new ReportingError('INVALID_KPI_PLAN', 'Each single-year target belongs to one year after baseYear up to finalYear, once.', {
        fiscalYears: outside,
      });
    }
    const plan: KpiPlan = {
      orgId: owner.orgId,
      projectId: owner.projectId,
      kpi: input.kpi,
      baseYear: input.baseYear,
      baseValue: input.baseValue,
      finalYear: input.finalYear,
      finalIncrease: input.finalIncrease,
      yearlyIncreases: [...input.yearlyIncreases]
        .sort((a, b) => a.fiscalYear - b.fiscalYear)
        .map((y) => ({ fiscalYear: y.fiscalYear, increase: y.increase })),
    };
    return this.dataSource.transaction(async (tx) => {
      const [before] = await this.plansOf(owner, input.kpi, tx.query.bind(tx), true);
      await tx.query(
        `INSERT INTO kpi_plans (org_id, kpi, base_year, base_value, final_year, final_increase) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (org_id, kpi) DO UPDATE SET base_year = EXCLUDED.base_year, base_value = EXCLUDED.base_value, final_year = EXCLUDED.final_year, final_increase = EXCLUDED.final_increase`,
        [owner.key, plan.kpi, plan.baseYear, plan.baseValue.toString(), plan.finalYear, plan.finalIncrease.toString()],
      );
      await tx.query(`DELETE FROM kpi_plan_years WHERE org_id = $1 AND kpi = $2`, [owner.key, plan.kpi]);
      if (plan.yearlyIncreases.length) {
        await tx.query(
          `INSERT INTO kpi_plan_years (org_id, kpi, fiscal_year, increase) SELECT $1, $2, y, i::bigint FROM unnest($3::int[], $4::text[]) AS u(y, i)`,
          [owner.key, plan.kpi, plan.yearlyIncreases.map((y) => y.fiscalYear), plan.yearlyIncreases.map((y) => y.increase.toString())],
        );
      }
      await appendAudit(tx, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'kpi-plan.set',
        entityType: 'kpi_plan',
        entityId: `${owner.key}/${plan.kpi}`,
        detail: { before: before ? planJson(before) : null, after: planJson(plan) },
      });
      return plan;
    });
  }

  /** An org's (null: the consortium's) plans, one KPI's or all, with their single-year targets, in one query. */
  async plans(orgId: string | null, kpi: Kpi | null = null): Promise<KpiPlan[]> {
    return this.plansOf({ key: keyOf(orgId), orgId, projectId: null }, kpi, this.dataSource.query.bind(this.dataSource), false);
  }

  /** A project's plans, by KPI. */
  async projectPlans(projectId: string): Promise<KpiPlan[]> {
    return this.plansOf({ key: projectKeyOf(projectId), orgId: null, projectId }, null, this.dataSource.query.bind(this.dataSource), false);
  }

  /**
   * A project's KPI sheet for a fiscal year: its plans against the sums of its members' figures
   * (ReportsService.groupTotals: a year counts only when every member has figures for it).
   */
  async projectSheet(projectId: string, memberOrgIds: readonly string[], fiscalYear: number): Promise<KpiSheetLine[]> {
    const plans = (await this.projectPlans(projectId)).filter((p) => p.baseYear < fiscalYear && fiscalYear <= p.finalYear);
    if (!plans.length) return [];
    const totals = await this.reports.groupTotals(yearsFor(plans, fiscalYear), memberOrgIds);
    return plans.map((plan) =>
      kpiSheetLine(plan, fiscalYear, (year) => {
        const t = totals.get(year);
        return t ? kpiValue(t, plan.kpi) : null;
      }),
    );
  }

  /**
   * The KPI sheet of an org for a fiscal year: one line per KPI whose plan covers the year, from
   * the figures of the years since the earliest base year (one report read for them all).
   */
  async sheet(orgId: string | null, fiscalYear: number): Promise<KpiSheetLine[]> {
    const plans = (await this.plans(orgId)).filter((p) => p.baseYear < fiscalYear && fiscalYear <= p.finalYear);
    if (!plans.length) return [];
    const reports = await this.reports.reports(yearsFor(plans, fiscalYear), orgId);
    // The consortium's figures are its totals over the members with figures for the year.
    const totals = new Map(
      reports.flatMap((r) =>
        orgId === null
          ? r.consortium && r.consortium.memberCount > 0
            ? [[r.fiscalYear, r.consortium.totals] as const]
            : []
          : r.orgs.filter((o) => o.orgId === orgId).map((o) => [r.fiscalYear, o.totals] as const),
      ),
    );
    return plans.map((plan) =>
      kpiSheetLine(plan, fiscalYear, (year) => {
        const t = totals.get(year);
        return t ? kpiValue(t, plan.kpi) : null;
      }),
    );
  }

  private async plansOf(
    owner: PlanOwner,
    kpi: Kpi | null,
    query: (sql: string, params: unknown[]) => Promise<PlanRow[]>,
    lock: boolean,
  ): Promise<KpiPlan[]> {
    const rows = await query(
      `SELECT p.org_id, p.kpi, p.base_year, p.base_value::text, p.final_year, p.final_increase::text,
              coalesce((SELECT json_agg(json_build_object('fiscalYear', y.fiscal_year, 'increase', y.increase::text) ORDER BY y.fiscal_year)
                        FROM kpi_plan_years y WHERE y.org_id = p.org_id AND y.kpi = p.kpi), '[]') AS yearly
       FROM kpi_plans p WHERE p.org_id = $1 AND ($2::text IS NULL OR p.kpi = $2) ORDER BY p.kpi${lock ? ' FOR UPDATE' : ''}`,
      [owner.key, kpi],
    );
    return rows.map((r) => ({
      orgId: owner.orgId,
      projectId: owner.projectId,
      kpi: r.kpi,
      baseYear: r.base_year,
      baseValue: BigInt(r.base_value),
      finalYear: r.final_year,
      finalIncrease: BigInt(r.final_increase),
      yearlyIncreases: r.yearly.map((y) => ({ fiscalYear: y.fiscalYear, increase: BigInt(y.increase) })),
    }));
  }
}

/** How a plan is stored: a member's under its org id, the consortium's under '*', a project's under 'project:<id>'. */
const keyOf = (orgId: string | null): string => orgId ?? '*';
const projectKeyOf = (projectId: string): string => `project:${projectId}`;

/** Whose plan: the stored key, and the org or project the plan is shown as belonging to. */
interface PlanOwner {
  key: string;
  orgId: string | null;
  projectId: string | null;
}

/** What a plan sets, whoever it belongs to. */
export type PlanFigures = Omit<SetKpiPlanInput, 'orgId'>;

/** The years whose figures a sheet reads: from the year after the earliest base year to the sheet's. */
function yearsFor(plans: readonly KpiPlan[], fiscalYear: number): number[] {
  const from = Math.min(...plans.map((p) => p.baseYear)) + 1;
  return Array.from({ length: fiscalYear - from + 1 }, (_, i) => from + i);
}

function planJson(plan: KpiPlan): Record<string, unknown> {
  return {
    baseYear: plan.baseYear,
    baseValue: plan.baseValue.toString(),
    finalYear: plan.finalYear,
    finalIncrease: plan.finalIncrease.toString(),
    yearlyIncreases: plan.yearlyIncreases.map((y) => ({ fiscalYear: y.fiscalYear, increase: y.increase.toString() })),
  };
}
