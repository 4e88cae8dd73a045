import { registerEnumType } from '@nestjs/graphql';

/** Where a task stands in the internal review (内部検収); the status is the review result. */
export enum TaskStatus {
  /** Being worked on, not yet reviewed. */
  OPEN = 'OPEN',
  /** Passed review: counts toward the order's progress and delivery. */
  PASSED = 'PASSED',
  /** Sent back for rework with a comment; passes on a later review. */
  RETURNED = 'RETURNED',
}

registerEnumType(TaskStatus, { name: 'TaskStatus' });
