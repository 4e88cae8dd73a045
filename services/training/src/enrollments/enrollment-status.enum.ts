import { registerEnumType } from '@nestjs/graphql';

/** Where a worker stands on one course. */
export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  /** 修了: completed, with an evaluation; counts as a prerequisite and towards promotion. */
  COMPLETED = 'COMPLETED',
}

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
