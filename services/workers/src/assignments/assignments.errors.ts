import { DomainError } from '@kyodo/subgraph';

/** Every way booking a worker is refused. */
export type AssignmentsErrorCode =
  | 'WORKER_NOT_FOUND'
  /** Only an ACTIVE worker can be booked (not one merely registered, nor an inactive one). */
  | 'WORKER_INACTIVE'
  | 'STAGE_TOO_LOW'
  | 'TRAINING_MISSING'
  /** The booking would take a month of the period over the worker's cap or weekly availability. */
  | 'CAPACITY_EXCEEDED'
  | 'INVALID_PERIOD'
  /** HOURLY pay needs an hourly rate and no piece rate; PIECE pay the other way round. */
  | 'PAY_BASIS_MISMATCH'
  | 'ALREADY_ASSIGNED';

export class AssignmentsError extends DomainError<AssignmentsErrorCode> {}
