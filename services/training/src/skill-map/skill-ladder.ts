import { SkillAxis, SkillStage, stageAbove } from '@kyodo/domain';
import type { PromotionReadiness } from './promotion-readiness.model';
import type { PromotionRuleEntity } from './promotion-rule.entity';

/** Stages a worker climbs through training: A (entry) → B → C (most advanced). */
export function nextStage(stage: SkillStage): SkillStage | null {
  return stageAbove(stage);
}

export function stageOn(worker: { itStage: SkillStage; businessStage: SkillStage }, axis: SkillAxis): SkillStage {
  return axis === SkillAxis.IT ? worker.itStage : worker.businessStage;
}

/** Whether a worker meets the rule: every required course completed and enough approved work at the current stage. */
export function assessPromotion(
  workerId: string,
  axis: SkillAxis,
  currentStage: SkillStage,
  rule: PromotionRuleEntity,
  completedCodes: ReadonlySet<string>,
  approvedMinutes: number,
): PromotionReadiness {
  const missingCourseCodes = rule.requiredCourseCodes.filter((code) => !completedCodes.has(code));
  return {
    workerId,
    axis,
    currentStage,
    nextStage: rule.toStage,
    missingCourseCodes,
    approvedMinutes,
    requiredMinutes: rule.minWorkMinutes,
    ready: missingCourseCodes.length === 0 && approvedMinutes >= rule.minWorkMinutes,
  };
}
