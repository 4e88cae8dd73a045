import { DomainError } from '@kyodo/subgraph';

/** Every way logging or reviewing hours is refused. Not being the assignment's worker is AuthError FORBIDDEN. */
export type TimeEntriesErrorCode =
  | 'ASSIGNMENT_NOT_FOUND'
  | 'TIME_ENTRY_NOT_FOUND'
  /** The day lies outside the assignment's period. */
  | 'ENTRY_OUTSIDE_PERIOD'
  /** The worker's entries on that day, over all assignments, would pass 24 hours. */
  | 'DAY_OVER_24H'
  /** An approved entry never changes; log a correction as a new entry. */
  | 'TIME_ENTRY_APPROVED'
  /** A returned entry was already reviewed; the worker logs a corrected one. */
  | 'TIME_ENTRY_RETURNED'
  /** The idempotency key was already used for a different entry. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** A quantity is logged exactly for an assignment paid per piece. */
  | 'QUANTITY_OF_PAY_BASIS'
  /** The day's pay month is closed (支払締め): no new entry and no approval dated in it. */
  | 'PAY_MONTH_CLOSED'
  /** The day is after today (Asia/Tokyo): hours are logged once worked. */
  | 'WORK_DATE_IN_FUTURE'
  /** correctsEntryId names no returned entry of the same assignment and day. */
  | 'CORRECTION_OF_UNRETURNED'
  /** The returned entry was corrected already. */
  | 'ALREADY_CORRECTED';

export class TimeEntriesError extends DomainError<TimeEntriesErrorCode> {}
