import { DomainError } from '@kyodo/subgraph';

/** Every way issuing, accepting or relying on commission terms is refused. Someone else's terms are AuthError FORBIDDEN. */
export type CommissionTermsErrorCode =
  | 'ASSIGNMENT_NOT_FOUND'
  | 'COMMISSION_TERMS_NOT_FOUND'
  /** The terms state a payment date, so the org's pay calendar must be set first. */
  | 'PAY_CALENDAR_NOT_SET'
  /** The delivery date lies before the assignment starts. */
  | 'INVALID_DELIVERY_DATE'
  /** A newer version was issued: that one is the one to accept. */
  | 'COMMISSION_TERMS_SUPERSEDED'
  /** The hash sent is not the hash of these terms: the worker accepted something else. */
  | 'COMMISSION_TERMS_HASH_MISMATCH'
  /** Hours are logged only once the worker has accepted the assignment's newest terms. */
  | 'COMMISSION_TERMS_NOT_ACCEPTED';

export class CommissionTermsError extends DomainError<CommissionTermsErrorCode> {}
