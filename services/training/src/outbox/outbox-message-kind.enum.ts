/** What an outbox message asks the receiving node to do. */
export enum OutboxMessageKind {
  /** The workers node applies a recorded stage change (`applySkillStageChange`); payload `{ changeId }`. */
  APPLY_SKILL_STAGE_CHANGE = 'APPLY_SKILL_STAGE_CHANGE',
}
