import { DomainError } from '@kyodo/subgraph';

/** Every way a worker's training operation here is refused (training's own refusals pass through with their codes). */
export type TrainingsErrorCode =
  /** No worker of that id in the org. */
  | 'WORKER_NOT_FOUND'
  /** No enrollment of that id in the org (staff only: a worker is told FORBIDDEN). */
  | 'ENROLLMENT_NOT_FOUND'
  /** A certificate is issued for a completed course only. */
  | 'NOT_COMPLETED';

export class TrainingsError extends DomainError<TrainingsErrorCode> {}
