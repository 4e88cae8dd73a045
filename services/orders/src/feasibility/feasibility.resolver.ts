import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { alignByKey, OrgNode, requestLoader } from '@kyodo/subgraph';
import { OrderEntity } from '../orders/order.entity';
import { CheckFeasibilityArgs } from './dto/check-feasibility.args';
import { FeasibilityCheckEntity } from './feasibility-check.entity';
import { FeasibilityService } from './feasibility.service';

@Resolver(() => OrderEntity)
export class FeasibilityResolver {
  constructor(
    private readonly feasibilityService: FeasibilityService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => FeasibilityCheckEntity, {
    description:
      "受託確認: the order's required hours at its required stage against the org's free capacity (workers subgraph) over its work period. FEASIBLE moves an INQUIRY to FEASIBILITY_CHECKED; SHORT lists the shortfall by stage and leaves the status; FEASIBLE_WITH_CONSORTIUM (short on its own, covered by other members' consortium capacity) lists the own shortfall and takes the step too.",
  })
  checkFeasibility(@Args() { orgId, orderId }: CheckFeasibilityArgs, @CurrentAuth() auth: AuthContext): Promise<FeasibilityCheckEntity> {
    return this.feasibilityService.check(auth, this.node.resolve(orgId), orderId);
  }

  @ResolveField(() => FeasibilityCheckEntity, { nullable: true, description: 'Its latest feasibility check (受託確認), if any.' })
  feasibility(@Parent() order: OrderEntity, @Context() context: object): Promise<FeasibilityCheckEntity | null> {
    return requestLoader<string, FeasibilityCheckEntity | null>(context, 'feasibilityByOrder', async (orderIds) =>
      alignByKey(orderIds, await this.feasibilityService.latestOf(order.orgId, orderIds), (c) => c.orderId),
    ).load(order.id);
  }
}
