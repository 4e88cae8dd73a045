import { DomainError } from '@kyodo/subgraph';

export type MeErrorCode =
  /** A worker-role caller whose login is linked to no worker of this org. */
  | 'NOT_A_REGISTERED_WORKER'
  /** A monthly hour cap above the member's limit. */
  | 'HOUR_CAP_OVER_LIMIT';

export class MeError extends DomainError<MeErrorCode> {}
