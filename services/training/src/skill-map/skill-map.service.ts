import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { CourseEntity } from '../courses/course.entity';
import { EnrollmentsService } from '../enrollments/enrollments.service';
import { SetPromotionRuleInput } from './dto/set-promotion-rule.input';
import { PromotionBasis } from './promotion-basis.model';
import { PromotionRuleEntity } from './promotion-rule.entity';
import { SkillMapError } from './skill-map.errors';

const ruleKey = (axis: SkillAxis, toStage: SkillStage) => `${axis}/${toStage}`;

@Injectable()
export class SkillMapService {
  constructor(
    @InjectRepository(PromotionRuleEntity) private readonly rules: Repository<PromotionRuleEntity>,
    private readonly enrollments: EnrollmentsService,
  ) {}

  listRules(orgId: string): Promise<PromotionRuleEntity[]> {
    return this.rules.find({ where: { orgId }, order: { axis: 'ASC', toStage: 'ASC' } });
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
   * The org's rules and the given workers' completions, for the workers node to assess readiness
   * against (it holds the stages and the approved work): two queries however many workers.
   */
  async basis(orgId: string, workerIds: readonly string[]): Promise<PromotionBasis> {
    const ids = [...new Set(workerIds)];
    const [rules, completed] = await Promise.all([this.listRules(orgId), this.enrollments.completedCodes(orgId, ids)]);
    return {
      rules,
      completions: ids.flatMap((workerId) => {
        const codes = completed.get(workerId);
        return codes ? [{ workerId, courseCodes: [...codes].sort() }] : [];
      }),
    };
  }
}
