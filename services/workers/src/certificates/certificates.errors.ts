import { DomainError } from '@kyodo/subgraph';

/** Every way issuing a certificate is refused. Asking for someone else's as a worker is AuthError FORBIDDEN. */
export type CertificatesErrorCode =
  | 'WORKER_NOT_FOUND'
  /** `to` before `from`, or a period longer than 24 months. */
  | 'INVALID_PERIOD';

export class CertificatesError extends DomainError<CertificatesErrorCode> {}
