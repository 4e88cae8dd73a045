import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { reportScopeOf } from '../common/report-scope';
import { ExportFile } from '../exports/export-file.model';
import { KpiPlansArgs, KpiSheetArgs } from './dto/kpi-sheet.args';
import { SetKpiPlanInput } from './dto/set-kpi-plan.input';
import { kpiSheetCsv, kpiSheetPdf, kpiSheetPdfName } from './kpi-sheet-files';
import { KpiPlanModel, KpiSheetModel } from './kpi-sheet.model';
import { KpiSheetsService } from './kpi-sheets.service';

/** The state's KPI sheets: plans (base value and increases) per member, and the sheet per fiscal year as data, CSV and PDF. */
@Resolver(() => KpiSheetModel)
export class KpiSheetsResolver {
  constructor(private readonly sheets: KpiSheetsService) {}

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Mutation(() => KpiPlanModel, {
    description:
      "Sets (creates or replaces whole) a plan for a KPI as the state's sheet writes it: 基準値, 最終目標 and 単年度目標 as increases; a member's, or without orgId the consortium's (support body only); an org admin only its own org's. Audited.",
  })
  setKpiPlan(@Args('input') input: SetKpiPlanInput, @CurrentAuth() auth: AuthContext): Promise<KpiPlanModel> {
    return this.sheets.setPlan(input, reportScopeOf(auth, input.orgId), auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => [KpiPlanModel], { description: "A member's (or the consortium's) KPI plans, by KPI." })
  kpiPlans(@Args() { orgId }: KpiPlansArgs, @CurrentAuth() auth: AuthContext): Promise<KpiPlanModel[]> {
    return this.sheets.plans(reportScopeOf(auth, orgId));
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => KpiSheetModel, {
    description:
      "A member's (or the consortium's) KPI sheet for a fiscal year: per KPI with a plan covering the year, 基準値, 最終目標, 単年度目標/実績/達成率 and 累計目標/実績/達成率.",
  })
  async kpiSheet(@Args() { fiscalYear, orgId }: KpiSheetArgs, @CurrentAuth() auth: AuthContext): Promise<KpiSheetModel> {
    const scope = reportScopeOf(auth, orgId);
    return { orgId: scope, fiscalYear, lines: await this.sheets.sheet(scope, fiscalYear) };
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => ExportFile, {
    description: 'The KPI sheet as CSV (UTF-8 with BOM, for Excel); a rate without a target (0) or actual is "—".',
  })
  async kpiSheetCsv(@Args() { fiscalYear, orgId }: KpiSheetArgs, @CurrentAuth() auth: AuthContext): Promise<ExportFile> {
    const scope = reportScopeOf(auth, orgId);
    return kpiSheetCsv(scope, fiscalYear, await this.sheets.sheet(scope, fiscalYear));
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => PdfFile, { description: 'The KPI sheet as PDF.' })
  async kpiSheetPdf(@Args() { fiscalYear, orgId }: KpiSheetArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    const scope = reportScopeOf(auth, orgId);
    return toPdfFile(kpiSheetPdfName(scope, fiscalYear), await kpiSheetPdf(scope, fiscalYear, await this.sheets.sheet(scope, fiscalYear)));
  }
}
