import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { isCheckViolation } from '@kyodo/database';
import type { SkillStage } from '@kyodo/domain';
import type { CreateAssignmentInput } from '../assignments/dto/create-assignment.input';
import { POOL_CLAIM_SOURCE, PoolClaimSource } from './pool-claim-source';
import { PartnerSharingError } from './sharing.errors';

/** An approved claim of this org on another member's task, as verified for one booking. */
export interface PartnerShare {
  /** The member that staffs the claim: a node hosting several members keeps each one's shares apart. */
  orgId: string;
  claimId: string;
  ownerOrgId: string;
  taskId: string;
  approvedMinutes: number;
}

/** What the owner's offer requires of a partner's worker, on top of what the task itself requires. */
export interface OfferRequirements {
  requiredStage: SkillStage;
  requiredTrainings: string[];
}

/**
 * Booking this org's workers on another member's task: only within an approved claim of this
 * org, only up to the hours approved, and under the offer's requirements on top of the task's.
 */
@Injectable()
export class PartnerSharesService {
  constructor(@Inject(POOL_CLAIM_SOURCE) private readonly claims: PoolClaimSource) {}

  /**
   * For a booking on another member's task: asks the owner's node for the claim (before any lock
   * is taken) and returns the share and the offer's stage and trainings, which apply on top of the
   * task's. A booking on the org's own task needs no claim.
   */
  async verify(
    orgId: string,
    input: Pick<CreateAssignmentInput, 'taskOrgId' | 'taskId' | 'claimId' | 'periodTo'>,
    actor: AuthContext,
  ): Promise<{ share: PartnerShare | null; offer: OfferRequirements | null }> {
    if (input.taskOrgId === orgId) return { share: null, offer: null };
    if (!input.claimId)
      throw new PartnerSharingError('CLAIM_REQUIRED', `A task of ${input.taskOrgId} is booked only within an approved claim of this org.`);
    const claim = await this.claims.claim({ token: actor.token }, input.taskOrgId, input.claimId);
    if (!claim || claim.claimantOrgId !== orgId)
      throw new PartnerSharingError('CLAIM_NOT_FOUND', `${input.taskOrgId} has no claim ${input.claimId} of this org.`);
    if (claim.status !== 'APPROVED')
      throw new PartnerSharingError('CLAIM_NOT_APPROVED', `The claim is ${claim.status}.`, { status: claim.status });
    if (claim.offer.taskId !== input.taskId)
      throw new PartnerSharingError('CLAIM_TASK_MISMATCH', 'The claim is on another task.', { claimTaskId: claim.offer.taskId });
    if (input.periodTo > claim.offer.deadline) {
      throw new PartnerSharingError('CLAIM_DEADLINE_PASSED', `The offer's deadline is ${claim.offer.deadline}.`, {
        deadline: claim.offer.deadline,
      });
    }
    return {
      share: { orgId, claimId: claim.id, ownerOrgId: input.taskOrgId, taskId: input.taskId, approvedMinutes: claim.hours * 60 },
      offer: { requiredStage: claim.offer.requiredStage, requiredTrainings: claim.offer.requiredTrainings },
    };
  }

  /**
   * Books the assignment's planned minutes against the claim, inside the booking transaction:
   * one upsert adds them to the claim's running total, and the CHECK (booked <= approved) fails
   * the whole booking when the org's assignments on the claim would exceed its approved hours.
   */
  async book(manager: EntityManager, assignmentId: string, share: PartnerShare, minutes: number): Promise<void> {
    try {
      await manager.query(
        `INSERT INTO claim_shares (claim_id, org_id, owner_org_id, task_id, approved_minutes, booked_minutes) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (claim_id) DO UPDATE SET booked_minutes = claim_shares.booked_minutes + EXCLUDED.booked_minutes`,
        [share.claimId, share.orgId, share.ownerOrgId, share.taskId, share.approvedMinutes, minutes],
      );
    } catch (error) {
      if (isCheckViolation(error, 'claim_shares_within_approved')) {
        throw new PartnerSharingError('CLAIM_SHARE_EXCEEDED', 'The bookings on the claim would exceed its approved hours.', {
          approvedMinutes: share.approvedMinutes,
        });
      }
      throw error;
    }
    await manager.query(`INSERT INTO claim_assignments (assignment_id, claim_id) VALUES ($1, $2)`, [assignmentId, share.claimId]);
  }
}
