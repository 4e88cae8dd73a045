import { Args, Query, Resolver } from '@nestjs/graphql';
import { CrossOrg, REPORTING_CLIENT, Role, Roles, ServiceClients } from '@kyodo/auth';
import { FiscalYearArgs, OrgNode } from '@kyodo/subgraph';
import { OrgWorkforceAggregates } from './workforce-aggregates.model';
import { WorkforceAggregatesService } from './workforce-aggregates.service';

/**
 * What the hub's reporting reads of this node: counts and sums, never a worker. The gateway
 * sends the field to every active member's workers node (FAN_OUT_FIELDS) and lists the answers
 * by org. Only the support body asks; members read their own figures from the reporting service.
 */
@Resolver(() => OrgWorkforceAggregates)
export class WorkforceAggregatesResolver {
  constructor(
    private readonly aggregates: WorkforceAggregatesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.ConsortiumAdmin)
  // Reporting's scheduled monthly snapshot reads it with its own service account.
  @ServiceClients(REPORTING_CLIENT)
  @CrossOrg()
  @Query(() => [OrgWorkforceAggregates], {
    description:
      "Every member's workers and pay of a fiscal year as counts and sums, one entry per member by org id; consortium-wide, support body only.",
  })
  async consortiumWorkforceAggregates(@Args() { fiscalYear }: FiscalYearArgs): Promise<OrgWorkforceAggregates[]> {
    return [await this.aggregates.ofFiscalYear(this.node.orgId, fiscalYear)];
  }
}
