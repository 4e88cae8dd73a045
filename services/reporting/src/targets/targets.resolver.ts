import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { reportScopeOf } from '../common/report-scope';
import { KpiAchievementsArgs } from './dto/kpi-achievements.args';
import { SetKpiTargetInput } from './dto/set-kpi-target.input';
import { KpiAchievement, KpiTarget } from './kpi-target.model';
import { TargetsService } from './targets.service';

@Resolver(() => KpiTarget)
export class TargetsResolver {
  constructor(private readonly targets: TargetsService) {}

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Mutation(() => KpiTarget, {
    description: "Sets (creates or replaces) an org's target for a KPI in a fiscal year; an org admin only its own org's. Audited.",
  })
  setKpiTarget(@Args('input') input: SetKpiTargetInput, @CurrentAuth() auth: AuthContext): Promise<KpiTarget> {
    reportScopeOf(auth, input.orgId);
    return this.targets.set(input, auth);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin)
  @Query(() => [KpiAchievement], {
    description: '達成率 of the targets set for a fiscal year, single-year and cumulative since a base year, by org then KPI.',
  })
  kpiAchievements(
    @Args() { fiscalYear, orgId, baseYear }: KpiAchievementsArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<KpiAchievement[]> {
    return this.targets.achievements(fiscalYear, baseYear ?? fiscalYear, reportScopeOf(auth, orgId));
  }
}
