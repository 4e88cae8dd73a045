import { DomainError } from '@kyodo/subgraph';

/** Every way booking a worker is refused. */
export type AssignmentsErrorCode =
  | 'WORKER_NOT_FOUND'
  /** Only an ACTIVE worker can be booked (not one merely registered, nor an inactive one). */
  | 'WORKER_INACTIVE'
  /** The owner has no such task, or the caller may not staff it (another member's, without an approved claim). */
  | 'TASK_NOT_FOUND'
  | 'STAGE_TOO_LOW'
  /** Confidential work, and the worker's NDA is not signed by the first day of the period. */
  | 'NDA_MISSING'
  | 'TRAINING_MISSING'
  /** The booking would take a month of the period over the worker's cap or weekly availability. */
  | 'CAPACITY_EXCEEDED'
  | 'INVALID_PERIOD'
  /** HOURLY pay needs an hourly rate and no piece rate; PIECE pay the other way round. */
  | 'PAY_BASIS_MISMATCH'
  | 'ALREADY_ASSIGNED';

export class AssignmentsError extends DomainError<AssignmentsErrorCode> {}
