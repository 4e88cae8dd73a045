import { DomainError } from '../domain.error';

/** Every way a history import operation is refused as a whole (row problems are answered, not thrown). */
export type HistoryImportErrorCode =
  /** The kind's records live on the org's other node (orders: ORDERS, SETTLEMENTS, INVOICES, INVOICE_PAYMENTS; workers: WORKERS, PAY_STATEMENTS); details.kind. */
  | 'IMPORT_KIND_ELSEWHERE'
  | 'IMPORT_BATCH_NOT_FOUND'
  /** A batch is voided once; details.voidedAt. */
  | 'IMPORT_BATCH_ALREADY_VOIDED'
  /**
   * A batch others still stand on: a workers batch whose workers have imported pay (details.payStatements), an
   * invoices batch whose invoices have payments recorded (details.payments), an orders batch whose orders imported
   * invoices bill (details.invoices): void those first.
   */
  | 'IMPORT_BATCH_IN_USE';

export class HistoryImportError extends DomainError<HistoryImportErrorCode> {}
