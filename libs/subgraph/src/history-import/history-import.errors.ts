import { DomainError } from '../domain.error';

/** Every way a history import operation is refused as a whole (row problems are answered, not thrown). */
export type HistoryImportErrorCode =
  /** The kind's records live on the org's other node (orders: ORDERS, SETTLEMENTS; workers: WORKERS, PAY_STATEMENTS); details.kind. */
  | 'IMPORT_KIND_ELSEWHERE'
  | 'IMPORT_BATCH_NOT_FOUND'
  /** A batch is voided once; details.voidedAt. */
  | 'IMPORT_BATCH_ALREADY_VOIDED'
  /** A workers batch whose workers have imported pay still standing: void the pay batch first; details.payStatements. */
  | 'IMPORT_BATCH_IN_USE';

export class HistoryImportError extends DomainError<HistoryImportErrorCode> {}
