import { meetsStage, SKILL_STAGES, SkillStage } from '@kyodo/domain';

/** Less than an hour free at a stage (counting more advanced workers too) staffs nothing there. */
const ONE_HOUR = 60;

/**
 * The offer stages a member could staff with its free capacity: a stage counts when the member's
 * workers at it or above (who may take work of a lower stage) have at least an hour free.
 */
export function staffableStages(freeCapacity: readonly { stage: SkillStage; freeMinutes: number }[]): SkillStage[] {
  return SKILL_STAGES.filter(
    (required) => freeCapacity.filter((c) => meetsStage(c.stage, required)).reduce((sum, c) => sum + c.freeMinutes, 0) >= ONE_HOUR,
  );
}
