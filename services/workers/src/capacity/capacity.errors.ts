import { DomainError } from '@kyodo/subgraph';

/** Every way a capacity question is refused. */
export type CapacityErrorCode =
  /** `to` before `from`, or a range longer than a year. */
  'INVALID_RANGE';

export class CapacityError extends DomainError<CapacityErrorCode> {}
