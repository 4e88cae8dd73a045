import { DomainError } from '@kyodo/subgraph';

/** Every way booking a worker on another member's task is refused. */
export type PartnerSharingErrorCode =
  /** Another member's task is booked only within a claim of this org: give claimId. */
  | 'CLAIM_REQUIRED'
  /** The owner's node knows no such claim of this org. */
  | 'CLAIM_NOT_FOUND'
  /** The owner has not approved the claim (or declined it); details.status. */
  | 'CLAIM_NOT_APPROVED'
  /** The claim is on another task than the one booked. */
  | 'CLAIM_TASK_MISMATCH'
  /** The assignment runs past the offer's deadline; details.deadline. */
  | 'CLAIM_DEADLINE_PASSED'
  /** The org's assignments on the claim would plan more than its approved hours; details.approvedMinutes. */
  | 'CLAIM_SHARE_EXCEEDED';

export class PartnerSharingError extends DomainError<PartnerSharingErrorCode> {}
