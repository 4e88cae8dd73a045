import { DomainError } from '@kyodo/subgraph';

export type SalesErrorCode =
  /** A visit dated after today (Asia/Tokyo): a log records what happened. */
  'VISIT_IN_FUTURE';

export class SalesError extends DomainError<SalesErrorCode> {}
