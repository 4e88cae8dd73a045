import { Injectable } from '@nestjs/common';
import type { AuthContext } from '@kyodo/auth';
import type { AssignmentEntity } from '../assignments/assignment.entity';
import { AssignmentsService } from '../assignments/assignments.service';
import type { CreateAssignmentInput } from '../assignments/dto/create-assignment.input';
import type { Offer } from './offer.model';

/**
 * THE one place an offer becomes an assignment: accepting (first come) and a director's pick both
 * come here, and here calls the assignments service's own creation path, so an accepted offer is
 * booked under exactly the rules a director's createAssignment follows (worker active, stage,
 * trainings, capacity under the worker's row lock and the month ledger's CHECK, the claim's hours
 * for another member's task, the audit line). When the assignment rules move into one function,
 * re-point this call and nothing else.
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
      hourlyRateYen: offer.hourlyRateYen === null ? undefined : BigInt(offer.hourlyRateYen),
      pieceRateYen: offer.pieceRateYen === null ? undefined : BigInt(offer.pieceRateYen),
    };
    return this.assignments.bookWorkerOnTask(orgId, input, actor);
  }
}
