import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation } from '@kyodo/database';
import { SkillAxis, SkillStage, tokyoToday } from '@kyodo/domain';
import { CourseEntity } from '../courses/course.entity';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { OutboxDeliveryService } from '../outbox/outbox-delivery.service';
import { OutboxMessageKind } from '../outbox/outbox-message-kind.enum';
import { stageChangeKey, writeOutboxMessage } from '../outbox/outbox.writer';
import { WORKERS_DIRECTORY, WorkerSkills, WorkersDirectory } from '../upstream/workers-directory';
import { SetPromotionRuleInput } from './dto/set-promotion-rule.input';
import { PromotionReadiness } from './promotion-readiness.model';
import { PromotionRuleEntity } from './promotion-rule.entity';
import { PromotionEntity, StageChangeKind } from './promotion.entity';
import { assessPromotion, nextStage, stageOn } from './skill-ladder';
import { SkillMapError } from './skill-map.errors';
import { SkillStageChange } from './stage-change.model';

const AXES = [SkillAxis.IT, SkillAxis.BUSINESS] as const;
const PROMOTION_INDEX = 'promotions_worker_axis_stage';

/** One worker on one axis, with the rule for the stage above. */
interface Climb {
  worker: WorkerSkills;
  axis: SkillAxis;
  rule: PromotionRuleEntity;
}

const ruleKey = (axis: SkillAxis, toStage: SkillStage) => `${axis}/${toStage}`;
const climbKey = (workerId: string, axis: SkillAxis) => `${workerId}/${axis}`;

@Injectable()
export class SkillMapService {
  constructor(
    @InjectRepository(PromotionRuleEntity) private readonly rules: Repository<PromotionRuleEntity>,
    @InjectRepository(PromotionEntity) private readonly promotions: Repository<PromotionEntity>,
    private readonly enrollments: EnrollmentsService,
    @Inject(WORKERS_DIRECTORY) private readonly workers: WorkersDirectory,
    private readonly outbox: OutboxDeliveryService,
  ) {}

  listRules(orgId: string): Promise<PromotionRuleEntity[]> {
    return this.rules.find({ where: { orgId }, order: { axis: 'ASC', toStage: 'ASC' } });
  }

  history(orgId: string, workerId: string | undefined): Promise<PromotionEntity[]> {
    return this.promotions.find({ where: { orgId, ...(workerId ? { workerId } : {}) }, order: { promotedAt: 'DESC', id: 'ASC' } });
  }

  /** Sets (or replaces) the org's rule for one stage on one axis; every code must be in the org's catalogue. */
  async setRule(orgId: string, input: SetPromotionRuleInput, actor: AuthContext): Promise<PromotionRuleEntity> {
    return this.rules.manager.transaction(async (manager) => {
      const known = await manager.find(CourseEntity, { select: { code: true }, where: { orgId, code: In(input.requiredCourseCodes) } });
      const unknown = input.requiredCourseCodes.filter((code) => !known.some((course) => course.code === code));
      if (unknown.length > 0)
        throw new SkillMapError('UNKNOWN_COURSE_CODE', `The catalogue has no course ${unknown.join(', ')}.`, { unknown });
      const before = await manager.findOneBy(PromotionRuleEntity, { orgId, axis: input.axis, toStage: input.toStage });
      await manager.query(
        `INSERT INTO promotion_rules (org_id, axis, to_stage, required_course_codes, min_work_minutes, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (org_id, axis, to_stage) DO UPDATE
           SET required_course_codes = EXCLUDED.required_course_codes, min_work_minutes = EXCLUDED.min_work_minutes, updated_at = now(), updated_by = EXCLUDED.updated_by`,
        [orgId, input.axis, input.toStage, input.requiredCourseCodes, input.minWorkMinutes, actor.userId],
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'promotion-rule.set',
        entityType: 'PromotionRule',
        entityId: ruleKey(input.axis, input.toStage),
        detail: {
          before: before ? { requiredCourseCodes: before.requiredCourseCodes, minWorkMinutes: before.minWorkMinutes } : null,
          after: { requiredCourseCodes: input.requiredCourseCodes, minWorkMinutes: input.minWorkMinutes },
        },
      });
      return manager.findOneByOrFail(PromotionRuleEntity, { orgId, axis: input.axis, toStage: input.toStage });
    });
  }

  /**
   * 昇格候補: active workers who meet the org's rule for the next stage on an axis. Workers come
   * from the workers subgraph in pages, completions and stage dates from this database in one
   * query each, and approved minutes in one call per distinct stage date.
   */
  async readyForPromotion(orgId: string, axis: SkillAxis | undefined, actor: AuthContext): Promise<PromotionReadiness[]> {
    const rules = new Map((await this.listRules(orgId)).map((rule) => [ruleKey(rule.axis, rule.toStage), rule]));
    if (rules.size === 0) return [];
    const climbs: Climb[] = [];
    for (const worker of await this.workers.activeWorkers(actor, orgId)) {
      for (const onAxis of AXES.filter((a) => !axis || a === axis)) {
        const next = nextStage(stageOn(worker, onAxis));
        const rule = next && rules.get(ruleKey(onAxis, next));
        if (rule) climbs.push({ worker, axis: onAxis, rule });
      }
    }
    return (await this.assess(orgId, climbs, actor)).filter((readiness) => readiness.ready);
  }

  /**
   * Promotes a worker one stage on an axis when the rule is met. Nothing crosses to another node
   * while a transaction is open: the history row, its audit entry and an outbox message are
   * committed together, the unique index letting only one of two concurrent promotions through;
   * the message is then delivered to the workers node as this node's service account (at once,
   * and retried with back-off until it is taken), which reads the row back from here before it
   * changes the stage.
   */
  async promote(orgId: string, workerId: string, axis: SkillAxis, actor: AuthContext): Promise<PromotionEntity> {
    const worker = await this.workers.worker(actor, orgId, workerId);
    if (!worker) throw new SkillMapError('WORKER_NOT_FOUND', `No worker ${workerId} in this org.`);
    const fromStage = stageOn(worker, axis);
    const toStage = nextStage(fromStage);
    if (!toStage) throw new SkillMapError('ALREADY_TOP_STAGE', `The worker is at stage ${fromStage} on ${axis}: there is no stage above.`);
    const rule = await this.rules.findOneBy({ orgId, axis, toStage });
    if (!rule) throw new SkillMapError('PROMOTION_RULE_MISSING', `The org has no rule for stage ${toStage} on ${axis}.`, { axis, toStage });
    const [readiness] = await this.assess(orgId, [{ worker, axis, rule }], actor);
    if (!readiness.ready) {
      throw new SkillMapError('PROMOTION_NOT_READY', `The worker does not meet the rule for stage ${toStage} on ${axis} yet.`, {
        missingCourseCodes: readiness.missingCourseCodes,
        approvedMinutes: readiness.approvedMinutes,
        requiredMinutes: readiness.requiredMinutes,
      });
    }
    const change = {
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
    return this.recordAndApply(change, 'worker.promote', actor);
  }

  /**
   * An org admin sets a worker's stage on an axis against (or without) the rule, with a written
   * reason; recorded in the history like a promotion, audited, and applied the same way.
   */
  async override(
    orgId: string,
    workerId: string,
    axis: SkillAxis,
    stage: SkillStage,
    reason: string,
    actor: AuthContext,
  ): Promise<PromotionEntity> {
    const worker = await this.workers.worker(actor, orgId, workerId);
    if (!worker) throw new SkillMapError('WORKER_NOT_FOUND', `No worker ${workerId} in this org.`);
    const fromStage = stageOn(worker, axis);
    if (fromStage === stage) throw new SkillMapError('STAGE_UNCHANGED', `The worker is at stage ${stage} on ${axis} already.`);
    const change = {
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
    return this.recordAndApply(change, 'worker.stage-override', actor);
  }

  /** A recorded change as the workers node reads it, with whether it is the newest on its axis; null when the org has none such. */
  async stageChange(orgId: string, id: string): Promise<SkillStageChange | null> {
    const change = await this.promotions.findOneBy({ orgId, id });
    if (!change) return null;
    const newest = await this.promotions.findOne({
      where: { orgId, workerId: change.workerId, axis: change.axis },
      order: { promotedAt: 'DESC', id: 'DESC' },
    });
    return {
      id: change.id,
      orgId,
      workerId: change.workerId,
      axis: change.axis,
      toStage: change.toStage,
      kind: change.kind,
      latest: newest?.id === change.id,
    };
  }

  private async recordAndApply(
    change: Omit<PromotionEntity, 'id' | 'promotedAt' | 'promotedBy'>,
    action: string,
    actor: AuthContext,
  ): Promise<PromotionEntity> {
    let recorded: { promotion: PromotionEntity; messageId: string };
    try {
      recorded = await this.promotions.manager.transaction(async (manager) => {
        const saved = await manager.save(manager.create(PromotionEntity, { ...change, promotedBy: actor.userId }));
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action,
          entityType: 'Promotion',
          entityId: saved.id,
          detail: {
            workerId: change.workerId,
            axis: change.axis,
            before: { stage: change.fromStage },
            after: { stage: change.toStage },
            kind: change.kind,
            reason: change.reason,
            approvedMinutes: change.approvedMinutes,
          },
        });
        // The workers node learns of the change from this message, written with the change itself.
        const messageId = await writeOutboxMessage(manager, {
          orgId: change.orgId,
          kind: OutboxMessageKind.APPLY_SKILL_STAGE_CHANGE,
          idempotencyKey: stageChangeKey(saved.id),
          payload: { changeId: saved.id },
        });
        return { promotion: saved, messageId };
      });
    } catch (error) {
      if (isUniqueViolation(error, PROMOTION_INDEX))
        throw new SkillMapError('ALREADY_PROMOTED', `The worker already reached stage ${change.toStage} on ${change.axis}.`);
      throw error;
    }
    await this.outbox.deliverNow(recorded.messageId);
    return recorded.promotion;
  }

  private async assess(orgId: string, climbs: readonly Climb[], actor: AuthContext): Promise<PromotionReadiness[]> {
    if (climbs.length === 0) return [];
    const workerIds = [...new Set(climbs.map((c) => c.worker.id))];
    const [completed, since] = await Promise.all([this.enrollments.completedCodes(orgId, workerIds), this.stageSince(orgId, workerIds)]);
    const fromOf = (c: Climb) => since.get(climbKey(c.worker.id, c.axis)) ?? null;
    const minutes = await this.minutesSince(
      orgId,
      climbs.map((c) => ({ workerId: c.worker.id, from: fromOf(c) })),
      actor,
    );
    return climbs.map((c) =>
      assessPromotion(
        c.worker.id,
        c.axis,
        stageOn(c.worker, c.axis),
        c.rule,
        completed.get(c.worker.id) ?? new Set(),
        minutes.get(`${c.worker.id}@${fromOf(c)}`) ?? 0,
      ),
    );
  }

  /**
   * The day (Asia/Tokyo) each worker reached their current stage on each axis through training.
   * A worker never promoted here has no date: all their approved work counts.
   */
  private async stageSince(orgId: string, workerIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { worker_id: string; axis: SkillAxis; promoted_at: Date }[] = await this.promotions.query(
      `SELECT DISTINCT ON (worker_id, axis) worker_id, axis, promoted_at FROM promotions
       WHERE org_id = $1 AND worker_id = ANY($2::uuid[]) ORDER BY worker_id, axis, promoted_at DESC`,
      [orgId, workerIds],
    );
    return new Map(rows.map((row) => [climbKey(row.worker_id, row.axis), tokyoToday(row.promoted_at)]));
  }

  /** Approved minutes per worker from a day on: one call to the workers subgraph per distinct day. */
  private async minutesSince(
    orgId: string,
    asks: readonly { workerId: string; from: string | null }[],
    actor: AuthContext,
  ): Promise<Map<string, number>> {
    const byDay = new Map<string | null, Set<string>>();
    for (const { workerId, from } of asks) byDay.set(from, (byDay.get(from) ?? new Set()).add(workerId));
    const minutes = new Map<string, number>();
    await Promise.all(
      [...byDay].map(async ([from, ids]) => {
        for (const [workerId, m] of await this.workers.approvedMinutes(actor, orgId, [...ids], from)) minutes.set(`${workerId}@${from}`, m);
      }),
    );
    return minutes;
  }
}
