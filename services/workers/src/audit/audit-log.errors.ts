import { DomainError } from '@kyodo/subgraph';

/** Every way the audit log refuses a request. */
export type AuditLogErrorCode =
  /** A date range whose last day comes before its first. */
  'INVALID_PERIOD';

export class AuditLogError extends DomainError<AuditLogErrorCode> {}
