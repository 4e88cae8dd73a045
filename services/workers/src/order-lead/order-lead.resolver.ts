import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { SetOrderLeadWorkerArgs } from './dto/set-order-lead-worker.args';
import { OrderLeadService } from './order-lead.service';
import { OrderReference } from './order.reference';

@Resolver(() => OrderReference)
export class OrderLeadResolver {
  constructor(
    private readonly orderLead: OrderLeadService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => OrderReference, {
    description:
      "Names the worker leading an order of the org (or with both lead fields null clears it): a worker of the org, or another member's worker who consented to consortium work (that member's workers node answers), else LEAD_WORKER_NOT_REFERABLE and nothing changes. Checked here, then recorded by the org's orders node (recordOrderLeadWorker there).",
  })
  setOrderLeadWorker(
    @Args() { orgId, orderId, leadWorkerOrgId, leadWorkerId }: SetOrderLeadWorkerArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<OrderReference> {
    return this.orderLead.set(auth, this.node.resolve(orgId), orderId, { orgId: leadWorkerOrgId, id: leadWorkerId });
  }
}
