import { Args, Query, Resolver } from '@nestjs/graphql';
import { CrossOrg, REPORTING_CLIENT, Role, Roles, ServiceClients } from '@kyodo/auth';
import { FiscalYearArgs, OrgNode } from '@kyodo/subgraph';
import { OrgOrderAggregates } from './order-aggregates.model';
import { OrderAggregatesService } from './order-aggregates.service';

/**
 * What the hub's reporting reads of this node: sums only, never an order. The gateway sends the
 * field to every active member's orders node (FAN_OUT_FIELDS) and lists the answers by org.
 * By-client sums name the client, which a member does not share with other members, so only
 * the support body (consortium admin) may ask; a member's staff read their own reports from
 * the reporting service.
 */
@Resolver(() => OrgOrderAggregates)
export class OrderAggregatesResolver {
  constructor(
    private readonly aggregates: OrderAggregatesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.ConsortiumAdmin)
  // Reporting's scheduled monthly snapshot reads it with its own service account.
  @ServiceClients(REPORTING_CLIENT)
  @CrossOrg()
  @Query(() => [OrgOrderAggregates], {
    description:
      "Every member's order value of a fiscal year (by 検収 date), one entry per member by org id; consortium-wide, support body only.",
  })
  async consortiumOrderAggregates(@Args() { fiscalYear }: FiscalYearArgs): Promise<OrgOrderAggregates[]> {
    return [await this.aggregates.ofFiscalYear(this.node.orgId, fiscalYear)];
  }
}
