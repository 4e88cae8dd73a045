import { DomainError } from '@kyodo/subgraph';

/** Every way an orders operation is refused; the code lands in `extensions.code`. */
export type OrdersErrorCode =
  | 'CLIENT_NOT_FOUND'
  | 'ORDER_NOT_FOUND'
  /** A pushed lead worker with only one of its org and id (both null clears the lead). Whether it may be named is the workers node's check (LEAD_WORKER_NOT_REFERABLE there). */
  | 'LEAD_WORKER_INCOMPLETE'
  /** The state machine (order-transitions.ts) has no such step; details: id, from, to. */
  | 'ILLEGAL_TRANSITION'
  /** Delivery before every task passed internal review (内部検収); details.unreviewedTasks. */
  | 'TASKS_NOT_REVIEWED'
  | 'CONTRACT_NOT_FOUND'
  /** The contract named for an order is with another client. */
  | 'CONTRACT_CLIENT_MISMATCH'
  | 'CONTRACT_PERIOD_INVALID'
  /** CONTRACTED (or a later step) without a contract: transitionOrder to CONTRACTED names one. */
  | 'CONTRACT_REQUIRED'
  /** A CONFIDENTIAL order under a contract without a signed NDA; details.contractId. */
  | 'CONTRACT_NDA_REQUIRED'
  /** requiredTrainings names codes neither the consortium's standard catalogue nor the org's registrations know; details.unknownCodes. */
  | 'TRAINING_CODE_UNKNOWN'
  | 'COURSE_CODE_EXISTS'
  /** transitionOrder never sets PAID: payments recorded on the invoice do. */
  | 'PAID_BY_PAYMENTS_ONLY'
  /** A contractId with a step other than CONTRACTED. */
  | 'CONTRACT_ONLY_WHEN_CONTRACTING'
  /** A new order's deadline before today (Asia/Tokyo); details.deadline, details.today. */
  | 'DEADLINE_IN_PAST'
  | 'CATEGORY_NOT_FOUND'
  | 'CATEGORY_EXISTS'
  /** A PRIVATE-only category for a PUBLIC client's order. */
  | 'CATEGORY_SECTOR_MISMATCH'
  /** Delivered, accepted, invoiced, paid or cancelled: the work is fixed. */
  | 'ORDER_CLOSED_FOR_WORK'
  /** The order came in with a history import (details.importBatchId): it never changes; its batch may be voided. */
  | 'IMPORTED_RECORD_IMMUTABLE'
  | 'TASK_NOT_FOUND'
  /** PIECE pay without a quantity, or HOURLY pay without hours or with a quantity. */
  | 'TASK_PAY_BASIS_MISMATCH'
  /** The order's tasks would exceed its estimated hours or value; details.exceeds says which. */
  | 'TASK_TOTAL_EXCEEDED'
  | 'TASK_ALREADY_PASSED'
  /** Feasibility is checked before work is booked (INQUIRY, FEASIBILITY_CHECKED, CONTRACTED); details.status. */
  | 'FEASIBILITY_NOT_APPLICABLE'
  /** The deadline or the contract period has passed: no day is left to work in. */
  | 'ORDER_PERIOD_OVER'
  /** The order's work period moved between the workers node counting capacity and recording the check; details.from/to. */
  | 'FEASIBILITY_PERIOD_CHANGED'
  | 'DELIVERY_NOT_FOUND'
  /** 検収 happens once; the second of two parallel accepts gets this. */
  | 'DELIVERY_ALREADY_ACCEPTED'
  /** An order on an invoice for another client. */
  | 'ORDER_CLIENT_MISMATCH'
  | 'INVOICE_NOT_FOUND'
  /** A credit note cannot itself be credited. */
  | 'INVOICE_NOT_CREDITABLE'
  /** Credit notes took back every line in full already. */
  | 'INVOICE_ALREADY_CREDITED'
  | 'INVOICE_LINE_NOT_FOUND'
  /** No issuer details yet: an org admin calls setInvoiceSettings; details.missing. */
  | 'INVOICE_ISSUER_NOT_SET'
  /** Issuer settings lack what a qualified invoice prints (registration number, address, bank account); details.missing. */
  | 'INVOICE_ISSUER_INCOMPLETE'
  /** 支払期限 before the issue date; details.paymentDueOn, details.issuedOn. */
  | 'PAYMENT_DUE_BEFORE_ISSUE'
  /** A payment dated after today (Asia/Tokyo). */
  | 'PAYMENT_DATE_IN_FUTURE'
  /** Payments are recorded against invoices, not credit notes. */
  | 'INVOICE_NOT_PAYABLE'
  /** The payment would take the invoice past what is due; details.balanceYen (what is still open). */
  | 'PAYMENT_EXCEEDS_BALANCE'
  /** A credit note would leave less due than was already paid; details.invoiceId. */
  | 'CREDIT_EXCEEDS_UNPAID'
  /** A credit note would take back more of a line than is left of it; details.remainingYen when known. */
  | 'CREDIT_EXCEEDS_INVOICE'
  /** The total would pass ¥10^17 (beyond it the tax of a total could leave PostgreSQL's bigint). */
  | 'INVOICE_TOO_LARGE';

export class OrdersError extends DomainError<OrdersErrorCode> {}
