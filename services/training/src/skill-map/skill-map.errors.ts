import { DomainError } from '@kyodo/subgraph';

/** Every way a skill-map operation of this node is refused (promotions themselves are the workers node's). */
export type SkillMapErrorCode =
  /** A rule names a course code the org's catalogue does not have. */
  'UNKNOWN_COURSE_CODE';

export class SkillMapError extends DomainError<SkillMapErrorCode> {}
