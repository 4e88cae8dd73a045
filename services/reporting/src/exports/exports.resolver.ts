import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { reportScopeOf } from '../common/report-scope';
import { ReportingError } from '../common/reporting.errors';
import { ReportsService } from '../kpis/reports.service';
import { MAX_CUMULATIVE_YEARS, TargetsService } from '../targets/targets.service';
import { orderValueByClientChart, sectorSplitChart } from './charts';
import { OrderValueChartArgs, ReportCsvArgs, SectorSplitChartArgs } from './dto/export.args';
import { ExportFile } from './export-file.model';
import { ReportCsvKind } from './report-csv-kind.enum';
import { reportCsv } from './report-csv';

/** Downloads: every report as CSV, and the two charts as SVG; the same scope rules as the reports. */
@Resolver(() => ExportFile)
export class ExportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly targets: TargetsService,
  ) {}

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => ExportFile, { description: 'A fiscal-year report as CSV (UTF-8 with BOM, for Excel).' })
  async reportCsv(@Args() { kind, fiscalYear, orgId, baseYear }: ReportCsvArgs, @CurrentAuth() auth: AuthContext): Promise<ExportFile> {
    const scope = reportScopeOf(auth, orgId);
    const [report, achievements] = await Promise.all([
      this.reports.report(fiscalYear, scope),
      kind === ReportCsvKind.ACHIEVEMENTS ? this.targets.achievements(fiscalYear, baseYear ?? fiscalYear, scope) : Promise.resolve([]),
    ]);
    return reportCsv(kind, report, scope, achievements);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => ExportFile, { description: 'Order value per fiscal year stacked by client, as an SVG chart.' })
  async orderValueChart(@Args() { fromYear, toYear, orgId }: OrderValueChartArgs, @CurrentAuth() auth: AuthContext): Promise<ExportFile> {
    const scope = reportScopeOf(auth, orgId);
    if (fromYear > toYear || toYear - fromYear >= MAX_CUMULATIVE_YEARS) {
      throw new ReportingError(
        'INVALID_YEAR_RANGE',
        `fromYear must be at most toYear and less than ${MAX_CUMULATIVE_YEARS} years before it.`,
        { fromYear, toYear },
      );
    }
    const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
    return orderValueByClientChart(await this.reports.reports(years, scope), scope);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => ExportFile, { description: "The public vs private split of a fiscal year's order value, as an SVG chart." })
  async sectorSplitChart(@Args() { fiscalYear, orgId }: SectorSplitChartArgs, @CurrentAuth() auth: AuthContext): Promise<ExportFile> {
    const scope = reportScopeOf(auth, orgId);
    return sectorSplitChart(await this.reports.report(fiscalYear, scope), scope);
  }
}
