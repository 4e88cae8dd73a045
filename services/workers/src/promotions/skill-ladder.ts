import { SkillAxis, SkillStage } from '@kyodo/domain';
import type { PromotionReadiness } from './promotion-readiness.model';
import type { PromotionRule } from './promotion-basis';

export function stageOn(worker: { itStage: SkillStage; businessStage: SkillStage }, axis: SkillAxis): SkillStage {
  return axis === SkillAxis.IT ? worker.itStage : worker.businessStage;
}

/** The workers table's column for an axis (never taken from input: one of two literals). */
export function stageColumn(axis: SkillAxis): 'it_stage' | 'business_stage' {
  return axis === SkillAxis.IT ? 'it_stage' : 'business_stage';
}

/** Whether a worker meets the rule: every required course completed and enough approved work at the current stage. */
export function assessPromotion(
  orgId: string,
  workerId: string,
  axis: SkillAxis,
  currentStage: SkillStage,
  rule: PromotionRule,
  completedCodes: ReadonlySet<string>,
  approvedMinutes: number,
): PromotionReadiness {
  const missingCourseCodes = rule.requiredCourseCodes.filter((code) => !completedCodes.has(code));
  return {
    orgId,
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
