import { registerEnumType } from '@nestjs/graphql';

/** Where a worker stands on one course (the training node's EnrollmentStatus, same values). */
export enum EnrollmentStatus {
  ENROLLED = 'ENROLLED',
  /** 修了: completed, with an evaluation. */
  COMPLETED = 'COMPLETED',
}

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
