import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { reportScopeOf } from '../common/report-scope';
import { ReportingError } from '../common/reporting.errors';
import { FiscalYearReport } from './kpi.model';
import { ReportsService } from './reports.service';
import { FiscalYearArgs, IsOrgId, IsYearMonth } from '@kyodo/subgraph';

@ArgsType()
export class FiscalYearReportArgs extends FiscalYearArgs {
  @Field({
    nullable: true,
    description: "One org's report; without it the support body gets every org and the consortium, an org admin its own org.",
  })
  @IsOptional()
  @IsOrgId()
  orgId?: string;

  @Field({
    nullable: true,
    description: 'YYYY-MM: the figures as stored by the end of that month (the monthly snapshots keep the history); the latest without it.',
  })
  @IsOptional()
  @IsYearMonth()
  asOfMonth?: string;

  @Field({
    nullable: true,
    description:
      "true: the year's figures as the nodes give them now (a member's own report is current, not only the support body's last snapshot); nothing is stored. Not with asOfMonth.",
  })
  @IsOptional()
  @IsBoolean()
  current?: boolean;
}

@Resolver(() => FiscalYearReport)
export class ReportsResolver {
  constructor(private readonly reports: ReportsService) {}

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => FiscalYearReport, {
    description:
      "KPIs of a fiscal year from the latest stored snapshots: every org's and the consortium's for the support body, its own org's for an org admin.",
  })
  fiscalYearReport(
    @Args() { fiscalYear, orgId, asOfMonth, current }: FiscalYearReportArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<FiscalYearReport> {
    const scope = reportScopeOf(auth, orgId);
    if (current && asOfMonth)
      throw new ReportingError('INVALID_YEAR_RANGE', 'Current figures are of now: ask either current or asOfMonth.', { asOfMonth });
    return current ? this.reports.currentReport(fiscalYear, scope, auth) : this.reports.report(fiscalYear, scope, asOfMonth ?? null);
  }
}
