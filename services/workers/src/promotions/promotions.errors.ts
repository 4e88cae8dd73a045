import { DomainError } from '@kyodo/subgraph';

/** Every way a promotion or an override is refused. */
export type PromotionsErrorCode =
  | 'WORKER_NOT_FOUND'
  /** The worker is at stage C on the axis: there is nothing above it. */
  | 'ALREADY_TOP_STAGE'
  /** The org has set no rule (at its training node) for the next stage on the axis, so nobody is promoted to it. */
  | 'PROMOTION_RULE_MISSING'
  /** Courses or work hours short of the rule; details say which and how much. */
  | 'PROMOTION_NOT_READY'
  /** The worker already reached that stage on that axis under the rule, or the stage moved meanwhile (a concurrent promotion). */
  | 'ALREADY_PROMOTED'
  /** An override to the stage the worker is at already. */
  | 'STAGE_UNCHANGED';

export class PromotionsError extends DomainError<PromotionsErrorCode> {}
