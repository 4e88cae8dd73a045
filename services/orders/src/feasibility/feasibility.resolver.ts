import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, referenceCaller, Role, Roles, ServiceClients, STAFF, WORKERS_CLIENT } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { alignByKey, OrgNode, requestLoader } from '@kyodo/subgraph';
import { may } from '../access/access';
import { OrderEntity } from '../orders/order.entity';
import { CheckFeasibilityArgs } from './dto/check-feasibility.args';
import { RecordFeasibilityCheckArgs } from './dto/record-feasibility-check.args';
import { FeasibilityCheckEntity } from './feasibility-check.entity';
import { FeasibilityPeriod } from './feasibility-period.model';
import { FeasibilityService } from './feasibility.service';

@Resolver(() => OrderEntity)
export class FeasibilityResolver {
  constructor(
    private readonly feasibilityService: FeasibilityService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => FeasibilityPeriod, {
    description:
      "受託確認: the days an order's work can still be done in (from today or the contract's start to the deadline or the contract's end, at most a year) and the work it needs; what the org's workers node counts free capacity over for checkFeasibility.",
  })
  feasibilityPeriod(@Args() { orgId, orderId }: CheckFeasibilityArgs): Promise<FeasibilityPeriod> {
    return this.feasibilityService.period(this.node.resolve(orgId), orderId);
  }

  /**
   * Only the workers nodes' service account: the figures decide a verdict and an order's step,
   * so no user may hand them in. The actor is who asked the workers node (checkFeasibility).
   */
  @ServiceClients(WORKERS_CLIENT)
  @Mutation(() => FeasibilityCheckEntity, {
    description:
      "Records a feasibility check (受託確認) the org's workers node made (checkFeasibility there): its free minutes by stage over the order's period and, when short, other members' consortium capacity. FEASIBLE moves an INQUIRY to FEASIBILITY_CHECKED; SHORT leaves the status; FEASIBLE_WITH_CONSORTIUM takes the step too. For the kyodo-workers service account only.",
  })
  recordFeasibilityCheck(
    @Args() { orgId, orderId, actorId, actorOrgId, periodFrom, periodTo, own, partners }: RecordFeasibilityCheckArgs,
    @CurrentAuth() service: AuthContext,
  ): Promise<FeasibilityCheckEntity> {
    const actor: AuthContext = { ...service, userId: actorId, username: '', orgId: actorOrgId ?? null, roles: [] };
    return this.feasibilityService.record(actor, this.node.resolve(orgId), orderId, { periodFrom, periodTo, own, partners });
  }

  @ResolveField(() => FeasibilityCheckEntity, { nullable: true, description: 'Its latest feasibility check (受託確認), if any.' })
  feasibility(@Parent() order: OrderEntity, @Context() context: object): Promise<FeasibilityCheckEntity | null> {
    return requestLoader<string, FeasibilityCheckEntity | null>(context, 'feasibilityByOrder', async (orderIds) =>
      alignByKey(orderIds, await this.feasibilityService.latestOf(order.orgId, orderIds), (c) => c.orderId),
    ).load(order.id);
  }
}

/** A check named by the workers node's checkFeasibility: the gateway fetches it here, for the org's staff. */
@Resolver(() => FeasibilityCheckEntity)
export class FeasibilityCheckReferenceResolver {
  constructor(
    private readonly feasibilityService: FeasibilityService,
    private readonly node: OrgNode,
  ) {}

  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<FeasibilityCheckEntity | null> | null {
    if (!this.node.owns(reference)) return null;
    // The member's staff, or its partner operator's staff who ran the check for it (受託確認 is delegated).
    const operator = may('operatorActingFor', referenceCaller(context), {
      orgId: this.node.orgId,
      operatedBy: this.node.operatedBy,
      coordinate: 'Mutation.checkFeasibility',
    });
    if (!operator && !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return requestLoader<string, FeasibilityCheckEntity | null>(context, 'feasibilityCheckById', async (ids) =>
      alignByKey(ids, await this.feasibilityService.getMany(this.node.orgId, ids), (c) => c.id),
    ).load(reference.id);
  }
}
