import { DomainError } from '@kyodo/subgraph';

/** Every way a sharing operation (pool, claims, settlement) is refused. */
export type SharingErrorCode =
  | 'TASK_NOT_FOUND'
  /** Offers of a task would publish more hours than the task has; details.taskHours, pooledHours. */
  | 'POOL_HOURS_EXCEEDED'
  /** The order is delivered, accepted, invoiced, paid or cancelled. */
  | 'ORDER_CLOSED_FOR_WORK'
  /** An offer cannot run past its order's deadline; details.orderDeadline. */
  | 'OFFER_DEADLINE_AFTER_ORDER'
  | 'OFFER_NOT_FOUND'
  /** A member claims hours of its own offer. */
  | 'CLAIM_OWN_OFFER'
  /** More hours than are still unapproved on the offer; details.remainingHours. */
  | 'CLAIM_EXCEEDS_OFFER'
  | 'CLAIM_NOT_FOUND'
  /** Approve or decline of a claim already decided (also the loser of two parallel decisions). */
  | 'CLAIM_ALREADY_DECIDED'
  /** A member draws up a statement with itself. */
  | 'SETTLEMENT_WITH_ITSELF'
  /** A claim was approved or a month settled between the workers node asking the minutes and pushing them; details.partnerOrgId, month. */
  | 'SETTLEMENT_BASIS_CHANGED'
  /** A month not in YYYY-MM form. */
  | 'INVALID_MONTH'
  | 'STATEMENT_NOT_FOUND'
  /** Either side confirmed it, or it came in with a history import: it never changes again. */
  | 'STATEMENT_CONFIRMED'
  /** The statement came in with a history import; its batch may be voided, the statement never changes. */
  | 'IMPORTED_RECORD_IMMUTABLE'
  /** This side has confirmed already. */
  | 'STATEMENT_ALREADY_CONFIRMED'
  /** The month has not ended (Asia/Tokyo): its statement is drawn up and confirmed once all its work can be. */
  | 'MONTH_NOT_ENDED';

export class SharingError extends DomainError<SharingErrorCode> {}
