import { DomainError } from '@kyodo/subgraph';

export type MeErrorCode =
  /** A worker-role caller whose login is linked to no worker of this org. */
  | 'NOT_A_REGISTERED_WORKER'
  /** A monthly hour cap above the member's limit. */
  | 'HOUR_CAP_OVER_LIMIT'
  /** No worker of that id in this org. */
  | 'WORKER_NOT_FOUND';

export class MeError extends DomainError<MeErrorCode> {}
