import { Injectable } from '@nestjs/common';
import type { AuthContext } from '@kyodo/auth';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { AssignmentsService, KnownOwnerFacts } from '../assignments/assignments.service';
import type { CreateAssignmentInput } from '../assignments/dto/create-assignment.input';
import type { Offer } from './offer.model';

/**
 * THE one place an offer becomes an assignment: accepting (first come) and a director's pick both
 * come here, and here calls the assignments service's own booking path, so an accepted offer is
 * booked under exactly the rules a director's createAssignment follows (worker active, stage, NDA
 * by the first day, capacity under the worker's row lock and the month ledger's CHECK, the claim's
 * approved minutes for another member's task, the audit line).
 *
 * The rules themselves are the ones the server read from the task's owner with the director's
 * token when the offer was made and stored on the offer's row (offers.service.ts create): a
 * worker's own token is refused by the owner's orders node, the owner's claims and the training
 * node, so acceptance passes those stored facts instead of asking again. Nothing here comes from
 * the accepting client but the worker (from their token) and the minutes.
 */
@Injectable()
export class OfferBooking {
  constructor(private readonly assignments: AssignmentsService) {}

  book(orgId: string, offer: Offer, workerId: string, minutes: number, actor: AuthContext): Promise<AssignmentEntity> {
    const input: CreateAssignmentInput = {
      workerId,
      taskOrgId: offer.taskOrgId,
      taskId: offer.taskId,
      claimId: offer.claimId ?? undefined,
      periodFrom: offer.periodFrom,
      periodTo: offer.periodTo,
      plannedMinutes: minutes,
      payBasis: offer.payBasis,
      hourlyRateYen: offer.hourlyRateYen ?? undefined,
      pieceRateYen: offer.pieceRateYen ?? undefined,
    };
    return this.assignments.bookWorkerOnTask(orgId, input, actor, storedFacts(offer));
  }
}

/** The owner's word as the offer's row keeps it. */
function storedFacts(offer: Offer): KnownOwnerFacts {
  const claimId = offer.claimId;
  const approvedMinutes = offer.claimApprovedMinutes;
  if (claimId !== null && (approvedMinutes === null || approvedMinutes === undefined)) {
    // The table's CHECK keeps the two together; a row loaded without them must not book unguarded.
    throw new Error(`Offer ${offer.id} was loaded without its claim's approved minutes.`);
  }
  return {
    rules: {
      itStage: offer.requiredItStage,
      businessStage: offer.requiredBusinessStage,
      trainings: offer.requiredTrainings,
      confidential: offer.confidential,
      withholding: offer.withholding,
    },
    share:
      claimId === null
        ? null
        : { orgId: offer.orgId, claimId, ownerOrgId: offer.taskOrgId, taskId: offer.taskId, approvedMinutes: approvedMinutes! },
    details: offer.taskDetails ?? null,
  };
}
