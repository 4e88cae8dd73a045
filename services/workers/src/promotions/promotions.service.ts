import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { SkillAxis, SkillStage, stageAbove } from '@kyodo/domain';
import { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';
import { PROMOTION_BASIS, PromotionBasis, PromotionBasisSource, PromotionRule } from './promotion-basis';
import { PromotionReadiness } from './promotion-readiness.model';
import { PromotionsError } from './promotions.errors';
import { assessPromotion, stageColumn, stageOn } from './skill-ladder';
import { StageChangeEntity, StageChangeKind } from './stage-change.entity';

const AXES = [SkillAxis.IT, SkillAxis.BUSINESS] as const;
const RULE_INDEX = 'stage_changes_worker_axis_stage';

/** One worker on one axis, with the stage above. */
interface Climb {
  worker: Pick<WorkerEntity, 'id' | 'itStage' | 'businessStage'>;
  axis: SkillAxis;
  toStage: SkillStage;
}

type NewChange = Omit<StageChangeEntity, 'id' | 'promotedAt' | 'promotedBy'>;

const ruleKey = (axis: SkillAxis, toStage: SkillStage) => `${axis}/${toStage}`;
const climbKey = (workerId: string, axis: SkillAxis) => `${workerId}/${axis}`;

/**
 * The skill map's stage changes (昇格): this node holds the stages, the approved work and the
 * history of changes, and asks the org's training node only for what it keeps — the rules and
 * the completions — once, with the caller's token, before any transaction opens.
 */
@Injectable()
export class PromotionsService {
  constructor(
    @InjectRepository(StageChangeEntity) private readonly changes: Repository<StageChangeEntity>,
    @Inject(PROMOTION_BASIS) private readonly training: PromotionBasisSource,
  ) {}

  history(orgId: string, workerId: string | undefined): Promise<StageChangeEntity[]> {
    return this.changes.find({ where: { orgId, ...(workerId ? { workerId } : {}) }, order: { promotedAt: 'DESC', id: 'ASC' } });
  }

  /**
   * 昇格候補: active workers who meet the org's rule for the next stage on an axis. The workers,
   * their stages and approved minutes since their last change come from this database (one query
   * each); the rules and completions from one call to the training node for all of them.
   */
  async readyForPromotion(orgId: string, axis: SkillAxis | undefined, actor: AuthContext): Promise<PromotionReadiness[]> {
    const active = await this.changes.manager.find(WorkerEntity, {
      select: { id: true, itStage: true, businessStage: true },
      where: { orgId, status: WorkerStatus.ACTIVE },
    });
    const climbs = active.flatMap((worker) =>
      AXES.filter((a) => !axis || a === axis).flatMap((onAxis): Climb[] => {
        const toStage = stageAbove(stageOn(worker, onAxis));
        return toStage ? [{ worker, axis: onAxis, toStage }] : [];
      }),
    );
    if (climbs.length === 0) return [];
    const basis = await this.training.basis({ token: actor.token }, orgId, [...new Set(climbs.map((c) => c.worker.id))]);
    const assessed = await this.assess(this.changes.manager, orgId, climbs, basis);
    return assessed.filter((readiness) => readiness.ready);
  }

  /**
   * Promotes a worker one stage on an axis when the rule is met. The rule and completions are
   * read from training first; then the history row, the stage and the audit entry are one
   * transaction here. The stage moves only from the stage assessed (a conditional update) and the
   * unique index keeps one rule-based change per stage, so of two concurrent promotions one stands.
   */
  async promote(orgId: string, workerId: string, axis: SkillAxis, actor: AuthContext): Promise<StageChangeEntity> {
    const worker = await this.changes.manager.findOneBy(WorkerEntity, { orgId, id: workerId });
    if (!worker) throw new PromotionsError('WORKER_NOT_FOUND', `No worker ${workerId} in this org.`);
    const fromStage = stageOn(worker, axis);
    const toStage = stageAbove(fromStage);
    if (!toStage)
      throw new PromotionsError('ALREADY_TOP_STAGE', `The worker is at stage ${fromStage} on ${axis}: there is no stage above.`);
    const basis = await this.training.basis({ token: actor.token }, orgId, [workerId]);
    const rule = ruleOf(basis, axis, toStage);
    if (!rule)
      throw new PromotionsError('PROMOTION_RULE_MISSING', `The org has no rule for stage ${toStage} on ${axis}.`, { axis, toStage });
    const [readiness] = await this.assess(this.changes.manager, orgId, [{ worker, axis, toStage }], basis);
    if (!readiness.ready) {
      throw new PromotionsError('PROMOTION_NOT_READY', `The worker does not meet the rule for stage ${toStage} on ${axis} yet.`, {
        missingCourseCodes: readiness.missingCourseCodes,
        approvedMinutes: readiness.approvedMinutes,
        requiredMinutes: readiness.requiredMinutes,
      });
    }
    const change: NewChange = {
      orgId,
      workerId,
      axis,
      fromStage,
      toStage,
      kind: StageChangeKind.RULE,
      reason: null,
      approvedMinutes: readiness.approvedMinutes,
      completedCourseCodes: rule.requiredCourseCodes,
    };
    try {
      return await this.changes.manager.transaction(async (manager) => {
        // Only from the stage assessed: a change committed since then (another promotion) leaves nothing to update.
        if (!(await moveStage(manager, change)))
          throw new PromotionsError('ALREADY_PROMOTED', `The worker's stage on ${axis} changed meanwhile (from ${fromStage}).`);
        return this.record(manager, change, 'worker.promote', actor);
      });
    } catch (error) {
      if (isUniqueViolation(error, RULE_INDEX))
        throw new PromotionsError('ALREADY_PROMOTED', `The worker already reached stage ${toStage} on ${axis}.`);
      throw error;
    }
  }

  /**
   * An org admin sets a worker's stage on an axis against (or without) the rule, with a written
   * reason: recorded in the history like a promotion, audited. Needs nothing from another node,
   * so it reads the stage under the worker's row lock.
   */
  async override(
    orgId: string,
    workerId: string,
    axis: SkillAxis,
    stage: SkillStage,
    reason: string,
    actor: AuthContext,
  ): Promise<StageChangeEntity> {
    return this.changes.manager.transaction(async (manager) => {
      const worker = await manager.findOne(WorkerEntity, { where: { orgId, id: workerId }, lock: { mode: 'pessimistic_write' } });
      if (!worker) throw new PromotionsError('WORKER_NOT_FOUND', `No worker ${workerId} in this org.`);
      const fromStage = stageOn(worker, axis);
      if (fromStage === stage) throw new PromotionsError('STAGE_UNCHANGED', `The worker is at stage ${stage} on ${axis} already.`);
      const change: NewChange = {
        orgId,
        workerId,
        axis,
        fromStage,
        toStage: stage,
        kind: StageChangeKind.OVERRIDE,
        reason: reason.trim(),
        approvedMinutes: 0,
        completedCourseCodes: [],
      };
      await moveStage(manager, change);
      return this.record(manager, change, 'worker.stage-override', actor);
    });
  }

  /** The history row and its audit entry, on the worker (its audit trail then holds its stage changes beside its other changes). */
  private async record(manager: EntityManager, change: NewChange, action: string, actor: AuthContext): Promise<StageChangeEntity> {
    const saved = await manager.save(manager.create(StageChangeEntity, { ...change, promotedBy: actor.userId }));
    await appendAudit(manager, {
      actorId: actor.userId,
      actorOrgId: actor.orgId,
      action,
      entityType: 'Worker',
      entityId: change.workerId,
      detail: {
        stageChangeId: saved.id,
        axis: change.axis,
        before: { stage: change.fromStage },
        after: { stage: change.toStage },
        kind: change.kind,
        reason: change.reason,
        approvedMinutes: change.approvedMinutes,
      },
    });
    return saved;
  }

  private async assess(
    manager: EntityManager,
    orgId: string,
    climbs: readonly Climb[],
    basis: PromotionBasis,
  ): Promise<PromotionReadiness[]> {
    const ruled = climbs.flatMap((c) => {
      const rule = ruleOf(basis, c.axis, c.toStage);
      return rule ? [{ ...c, rule }] : [];
    });
    if (ruled.length === 0) return [];
    const minutes = await minutesSinceLastChange(manager, orgId, ruled);
    return ruled.map((c) =>
      assessPromotion(
        orgId,
        c.worker.id,
        c.axis,
        stageOn(c.worker, c.axis),
        c.rule,
        basis.completedCodes.get(c.worker.id) ?? new Set(),
        minutes.get(climbKey(c.worker.id, c.axis)) ?? 0,
      ),
    );
  }
}

function ruleOf(basis: PromotionBasis, axis: SkillAxis, toStage: SkillStage): PromotionRule | undefined {
  return basis.rules.find((rule) => ruleKey(rule.axis, rule.toStage) === ruleKey(axis, toStage));
}

/** Sets the stage only where it still is `fromStage`; whether it did. */
async function moveStage(manager: EntityManager, change: NewChange): Promise<boolean> {
  const [, affected]: [unknown, number] = await manager.query(
    `UPDATE workers SET ${stageColumn(change.axis)} = $4 WHERE org_id = $1 AND id = $2 AND ${stageColumn(change.axis)} = $3`,
    [change.orgId, change.workerId, change.fromStage, change.toStage],
  );
  return affected === 1;
}

/**
 * Approved minutes per worker and axis since the day (Asia/Tokyo) of the worker's last stage change
 * on that axis, in one query; a worker with no change recorded here has all approved work counted.
 */
async function minutesSinceLastChange(
  manager: EntityManager,
  orgId: string,
  climbs: readonly { worker: { id: string }; axis: SkillAxis }[],
): Promise<Map<string, number>> {
  const rows: { worker_id: string; axis: SkillAxis; minutes: number }[] = await manager.query(
    `WITH climb AS (SELECT DISTINCT * FROM unnest($2::uuid[], $3::text[]) AS c (worker_id, axis)),
     since AS (
       SELECT DISTINCT ON (worker_id, axis) worker_id, axis, (changed_at AT TIME ZONE 'Asia/Tokyo')::date AS day
       FROM stage_changes WHERE org_id = $1 AND worker_id = ANY($2::uuid[])
       ORDER BY worker_id, axis, changed_at DESC, id DESC
     )
     SELECT c.worker_id, c.axis, coalesce(sum(e.minutes), 0)::int AS minutes
     FROM climb c
     LEFT JOIN since s ON s.worker_id = c.worker_id AND s.axis = c.axis
     LEFT JOIN time_entries e ON e.org_id = $1 AND e.worker_id = c.worker_id AND e.status = 'APPROVED' AND (s.day IS NULL OR e.work_date >= s.day)
     GROUP BY c.worker_id, c.axis`,
    [orgId, climbs.map((c) => c.worker.id), climbs.map((c) => c.axis)],
  );
  return new Map(rows.map((row) => [climbKey(row.worker_id, row.axis), row.minutes]));
}
