import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { alignByKey, OrgNode, requestLoader } from '@kyodo/subgraph';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkersService } from '../workers/workers.service';
import { OverrideSkillStageArgs } from './dto/override-skill-stage.args';
import { PromoteWorkerArgs } from './dto/promote-worker.args';
import { PromotionHistoryArgs } from './dto/promotion-history.args';
import { ReadyForPromotionArgs } from './dto/ready-for-promotion.args';
import { PromotionReadiness } from './promotion-readiness.model';
import { PromotionsService } from './promotions.service';
import { StageChangeEntity } from './stage-change.entity';

/** The skill map's stage changes (スキルマップの昇格): who is ready, promotion under the rule, an org admin's override, the history. */
@Resolver()
export class PromotionsResolver {
  constructor(
    private readonly promotions: PromotionsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [PromotionReadiness], { description: "Active workers who meet the org's rule for their next stage (昇格候補)." })
  workersReadyForPromotion(
    @Args() { orgId, axis }: ReadyForPromotionArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<PromotionReadiness[]> {
    return this.promotions.readyForPromotion(this.node.resolve(orgId), axis, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => StageChangeEntity, {
    description: "Promotes a worker who meets the org's rule (kept by its training node) one stage up on an axis, in the history; audited.",
  })
  promoteWorker(@Args() { orgId, workerId, axis }: PromoteWorkerArgs, @CurrentAuth() auth: AuthContext): Promise<StageChangeEntity> {
    return this.promotions.promote(this.node.resolve(orgId), workerId, axis, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => StageChangeEntity, {
    description: "An org admin's manual override of a worker's stage on an axis, with a written reason: recorded in the history, audited.",
  })
  overrideSkillStage(
    @Args() { orgId, workerId, axis, stage, reason }: OverrideSkillStageArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<StageChangeEntity> {
    return this.promotions.override(this.node.resolve(orgId), workerId, axis, stage, reason, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [StageChangeEntity], { description: 'Promotion history (昇格履歴): promotions and overrides, newest first.' })
  promotionHistory(@Args() { orgId, workerId }: PromotionHistoryArgs): Promise<StageChangeEntity[]> {
    return this.promotions.history(this.node.resolve(orgId), workerId);
  }
}

/** The worker a row is about, for the org's staff who read it: one query for a whole list. */
function workerOf(workers: WorkersService, context: object, orgId: string, workerId: string): Promise<WorkerEntity> {
  return requestLoader<string, WorkerEntity>(context, `promotionWorker/${orgId}`, async (ids) =>
    alignByKey(ids, await workers.getMany(orgId, ids), (w) => w.id).map(
      (worker, i) => worker ?? new Error(`No worker ${ids[i]} in ${orgId}.`),
    ),
  ).load(workerId);
}

@Resolver(() => StageChangeEntity)
export class PromotionWorkerResolver {
  constructor(private readonly workers: WorkersService) {}

  @ResolveField(() => WorkerEntity)
  worker(@Parent() change: StageChangeEntity, @Context() context: object): Promise<WorkerEntity> {
    return workerOf(this.workers, context, change.orgId, change.workerId);
  }
}

@Resolver(() => PromotionReadiness)
export class ReadinessWorkerResolver {
  constructor(private readonly workers: WorkersService) {}

  @ResolveField(() => WorkerEntity)
  worker(@Parent() readiness: PromotionReadiness, @Context() context: object): Promise<WorkerEntity> {
    return workerOf(this.workers, context, readiness.orgId, readiness.workerId);
  }
}
