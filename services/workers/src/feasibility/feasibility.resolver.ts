import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { CheckFeasibilityArgs } from './dto/check-feasibility.args';
import { FeasibilityCheckReference } from './feasibility-check.reference';
import { FeasibilityService } from './feasibility.service';

@Resolver(() => FeasibilityCheckReference)
export class FeasibilityResolver {
  constructor(
    private readonly feasibility: FeasibilityService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => FeasibilityCheckReference, {
    description:
      "受託確認: the order's required hours at its required stage against the org's free capacity over its work period (the order's period from the orders node; the capacity counted here and pushed to the orders node, which records the check). FEASIBLE moves an INQUIRY to FEASIBILITY_CHECKED; SHORT lists the shortfall by stage and leaves the status; FEASIBLE_WITH_CONSORTIUM (short on its own, covered by other members' consortium capacity) lists the own shortfall and takes the step too.",
  })
  checkFeasibility(@Args() { orgId, orderId }: CheckFeasibilityArgs, @CurrentAuth() auth: AuthContext): Promise<FeasibilityCheckReference> {
    return this.feasibility.check(auth, this.node.resolve(orgId), orderId);
  }
}
