import { DomainError } from '@kyodo/subgraph';

/** Every way a skill-map operation is refused. */
export type SkillMapErrorCode =
  | 'WORKER_NOT_FOUND'
  /** The worker is at stage A on the axis: there is nothing above it. */
  | 'ALREADY_TOP_STAGE'
  /** The org has set no rule for the next stage on the axis, so nobody is promoted to it. */
  | 'PROMOTION_RULE_MISSING'
  /** Courses or work hours short of the rule; details say which and how much. */
  | 'PROMOTION_NOT_READY'
  /** The worker already reached that stage on that axis through training (e.g. a concurrent promotion). */
  | 'ALREADY_PROMOTED'
  /** A rule names a course code the org's catalogue does not have. */
  | 'UNKNOWN_COURSE_CODE'
  /** An override to the stage the worker is at already. */
  | 'STAGE_UNCHANGED';

export class SkillMapError extends DomainError<SkillMapErrorCode> {}
