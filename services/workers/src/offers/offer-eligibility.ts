import { meetsStage, SkillStage } from '@kyodo/domain';
import { allocateByMonth } from '../assignments/month-allocation';
import type { WorkerEntity } from '../workers/worker.entity';
import { WorkerStatus } from '../workers/worker-status.enum';

export interface OfferRequirements {
  taskIsOtherMembers: boolean;
  periodFrom: string;
  periodTo: string;
  /** The share a worker must have room for to be offered the work at all. */
  minimumMinutes: number;
  requiredItStage: SkillStage | null;
  requiredBusinessStage: SkillStage | null;
  confidential: boolean;
}

/** Why a worker is not offered the work; trainings are asked of the training node separately. */
export type Ineligibility = 'INACTIVE' | 'STAGE_TOO_LOW' | 'NO_NDA' | 'NO_CONSORTIUM_CONSENT' | 'NO_CAPACITY';

/**
 * Whether the server offers a worker the work: active, at or above the stage on both axes, an NDA
 * on file for confidential work, consent to other members' work for a claimed task, and room for
 * the minimum share in every month of the period under their weekly availability and monthly cap,
 * after what is booked already (`bookedByMonth`, keyed "YYYY-MM-01").
 */
export function ineligibility(
  worker: WorkerEntity,
  bookedByMonth: ReadonlyMap<string, number>,
  offer: OfferRequirements,
): Ineligibility | null {
  if (worker.status !== WorkerStatus.ACTIVE) return 'INACTIVE';
  const below = (stage: SkillStage, required: SkillStage | null) => required !== null && !meetsStage(stage, required);
  if (below(worker.itStage, offer.requiredItStage) || below(worker.businessStage, offer.requiredBusinessStage)) return 'STAGE_TOO_LOW';
  if (offer.confidential && !worker.ndaSignedOn) return 'NO_NDA';
  if (offer.taskIsOtherMembers && !worker.consortiumConsent) return 'NO_CONSORTIUM_CONSENT';
  const shares = allocateByMonth(offer.periodFrom, offer.periodTo, offer.minimumMinutes, worker.availabilityMinutes, worker.monthlyHourCap);
  if (!shares || shares.some((share) => (bookedByMonth.get(share.month) ?? 0) + share.minutes > share.capacityMinutes))
    return 'NO_CAPACITY';
  return null;
}
