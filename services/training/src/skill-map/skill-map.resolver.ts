import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, ServiceClients, TRAINING_CLIENT, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { WorkerReference } from '../common/worker-reference.model';
import { OverrideSkillStageArgs } from './dto/override-skill-stage.args';
import { PromoteWorkerArgs } from './dto/promote-worker.args';
import { PromotionHistoryArgs } from './dto/promotion-history.args';
import { ReadyForPromotionArgs } from './dto/ready-for-promotion.args';
import { SetPromotionRuleInput } from './dto/set-promotion-rule.input';
import { StageChangeArgs } from './dto/stage-change.args';
import { PromotionReadiness } from './promotion-readiness.model';
import { PromotionRuleEntity } from './promotion-rule.entity';
import { PromotionEntity } from './promotion.entity';
import { SkillMapService } from './skill-map.service';
import { SkillStageChange } from './stage-change.model';

/** The skill map (スキルマップ): stages A/B/C per axis and what moves a worker up. */
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

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [PromotionReadiness], { description: "Active workers who meet the org's rule for their next stage (昇格候補)." })
  workersReadyForPromotion(
    @Args() { orgId, axis }: ReadyForPromotionArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<PromotionReadiness[]> {
    return this.skillMap.readyForPromotion(this.node.resolve(orgId), axis, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => PromotionEntity, {
    description: 'Promotes a worker who meets the rule one stage up on an axis, in the history and in the workers subgraph; audited.',
  })
  promoteWorker(@Args() { orgId, workerId, axis }: PromoteWorkerArgs, @CurrentAuth() auth: AuthContext): Promise<PromotionEntity> {
    return this.skillMap.promote(this.node.resolve(orgId), workerId, axis, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => PromotionEntity, {
    description:
      "An org admin's manual override of a worker's stage on an axis, with a written reason: recorded in the history, audited, and applied in the workers subgraph.",
  })
  overrideSkillStage(
    @Args() { orgId, workerId, axis, stage, reason }: OverrideSkillStageArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<PromotionEntity> {
    return this.skillMap.override(this.node.resolve(orgId), workerId, axis, stage, reason, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  // The outbox's delivery runs as kyodo-training; the workers node reads the change back with that token.
  @ServiceClients(TRAINING_CLIENT)
  @Query(() => SkillStageChange, {
    nullable: true,
    description:
      'One recorded stage change (promotion or override), as the workers subgraph reads it before applying it; null when the org has none such.',
  })
  skillStageChange(@Args() { orgId, id }: StageChangeArgs): Promise<SkillStageChange | null> {
    return this.skillMap.stageChange(this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [PromotionEntity], { description: 'Promotion history (昇格履歴), newest first.' })
  promotionHistory(@Args() { orgId, workerId }: PromotionHistoryArgs): Promise<PromotionEntity[]> {
    return this.skillMap.history(this.node.resolve(orgId), workerId);
  }
}

/** Both point at the worker in the workers subgraph; the key is all training holds. */
@Resolver(() => PromotionEntity)
export class PromotionWorkerResolver {
  @ResolveField(() => WorkerReference)
  worker(@Parent() promotion: PromotionEntity): WorkerReference {
    return { orgId: promotion.orgId, id: promotion.workerId };
  }
}

@Resolver(() => PromotionReadiness)
export class ReadinessWorkerResolver {
  constructor(private readonly node: OrgNode) {}

  @ResolveField(() => WorkerReference)
  worker(@Parent() readiness: PromotionReadiness): WorkerReference {
    return { orgId: this.node.orgId, id: readiness.workerId };
  }
}
