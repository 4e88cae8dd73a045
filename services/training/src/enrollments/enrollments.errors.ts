import { DomainError } from '@kyodo/subgraph';

/** Every way an enrollment operation is refused. */
export type EnrollmentsErrorCode =
  /** No such course in this org, nor shared with the consortium by the org named. */
  'COURSE_NOT_FOUND' | 'ALREADY_ENROLLED' | 'ENROLLMENT_NOT_FOUND' | 'ALREADY_COMPLETED';

export class EnrollmentsError extends DomainError<EnrollmentsErrorCode> {}
