import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { PromotionBasisArgs } from './dto/promotion-basis.args';
import { SetPromotionRuleInput } from './dto/set-promotion-rule.input';
import { PromotionBasis } from './promotion-basis.model';
import { PromotionRuleEntity } from './promotion-rule.entity';
import { SkillMapService } from './skill-map.service';

/**
 * The skill map (スキルマップ) as this node keeps it: what moves a worker up a stage on an axis.
 * The stages, the promotions and the history are the workers node's, which asks promotionBasis.
 */
@Resolver()
export class SkillMapResolver {
  constructor(
    private readonly skillMap: SkillMapService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [PromotionRuleEntity], { description: "The org's promotion rules, by axis and stage." })
  promotionRules(@Args() { orgId }: OrgArgs): Promise<PromotionRuleEntity[]> {
    return this.skillMap.listRules(this.node.resolve(orgId));
  }

  // The support body seeds a new member's starter data while onboarding it (gateway onboardMember).
  @Roles(Role.OrgAdmin, Role.ConsortiumAdmin)
  @Mutation(() => PromotionRuleEntity, {
    description:
      'Sets what promotes a worker to a stage on an axis: required courses and approved work minutes at the stage below; audited.',
  })
  setPromotionRule(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: SetPromotionRuleInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<PromotionRuleEntity> {
    return this.skillMap.setRule(this.node.resolve(orgId), input, auth);
  }

  // The workers node asks it, with its user's token, before it lists or promotes (workersReadyForPromotion, promoteWorker).
  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => PromotionBasis, {
    description: "What promotion readiness is assessed against: the org's rules and the given workers' completed course codes.",
  })
  promotionBasis(@Args() { orgId, workerIds }: PromotionBasisArgs): Promise<PromotionBasis> {
    return this.skillMap.basis(this.node.resolve(orgId), workerIds);
  }
}
