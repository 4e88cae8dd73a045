import { DomainError } from '@kyodo/subgraph';

export type NotificationsErrorCode =
  /** A worker-role caller whose login is linked to no worker of this org. */
  'NOT_A_REGISTERED_WORKER';

export class NotificationsError extends DomainError<NotificationsErrorCode> {}
