import { DomainError } from '@kyodo/subgraph';

/**
 * Every way an enrollment operation is refused. Whether a worker exists, and whether a worker may
 * have a certificate, is the workers node's to say (WORKER_NOT_FOUND, NOT_COMPLETED there).
 */
export type EnrollmentsErrorCode =
  // COURSE_NOT_FOUND: no such course in this org, nor shared with the consortium by the org named.
  'COURSE_NOT_FOUND' | 'ALREADY_ENROLLED' | 'ENROLLMENT_NOT_FOUND' | 'ALREADY_COMPLETED';

export class EnrollmentsError extends DomainError<EnrollmentsErrorCode> {}
