import { Args, ArgsType, Field, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { IsFiscalYear, OrgArgs, OrgNode } from '@kyodo/subgraph';
import { RecordSalesActivityInput } from './dto/record-sales-activity.input';
import { SalesActivity } from './sales-activity.model';
import { SalesActivitiesService } from './sales-activities.service';

@ArgsType()
class SalesActivitiesArgs extends OrgArgs {
  @Field(() => Int, { description: 'Fiscal year by its starting calendar year (April to March, Asia/Tokyo).' })
  @IsFiscalYear()
  fiscalYear!: number;
}

/** 営業活動: the member's own staff log and read their sales visits; the count per year is a grant KPI. */
@Resolver(() => SalesActivity)
export class SalesActivitiesResolver {
  constructor(
    private readonly sales: SalesActivitiesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [SalesActivity], { description: "The org's sales visits (営業活動) of a fiscal year, latest first." })
  salesActivities(@Args() { orgId, fiscalYear }: SalesActivitiesArgs): Promise<SalesActivity[]> {
    return this.sales.list(this.node.resolve(orgId), fiscalYear);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => SalesActivity, { description: 'Logs a sales visit (営業活動): date (not after today), prospect, outcome, who. Audited.' })
  recordSalesActivity(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: RecordSalesActivityInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<SalesActivity> {
    return this.sales.record(this.node.resolve(orgId), input, auth);
  }
}
