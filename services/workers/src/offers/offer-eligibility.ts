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
 * Every rule a worker fails for the work, in the order they are checked: active, at or above the
 * stage on both axes, an NDA on file for confidential work, consent to other members' work for a
 * claimed task, and room for the minimum share in every month of the period under their weekly
 * availability and monthly cap, after what is booked already (`bookedByMonth`, keyed "YYYY-MM-01").
 * The staffing list shows them all, so a director sees everything that keeps a worker out.
 */
export function ineligibilities(
  worker: WorkerEntity,
  bookedByMonth: ReadonlyMap<string, number>,
  offer: OfferRequirements,
): Ineligibility[] {
  const reasons: Ineligibility[] = [];
  if (worker.status !== WorkerStatus.ACTIVE) reasons.push('INACTIVE');
  const below = (stage: SkillStage, required: SkillStage | null) => required !== null && !meetsStage(stage, required);
  if (below(worker.itStage, offer.requiredItStage) || below(worker.businessStage, offer.requiredBusinessStage))
    reasons.push('STAGE_TOO_LOW');
  if (offer.confidential && !worker.ndaSignedOn) reasons.push('NO_NDA');
  if (offer.taskIsOtherMembers && !worker.consortiumConsent) reasons.push('NO_CONSORTIUM_CONSENT');
  if (freeMinutes(worker, bookedByMonth, offer) === null) reasons.push('NO_CAPACITY');
  return reasons;
}

/**
 * Whether the server offers a worker the work: null when it does, else the first rule failed
 * (trainings are asked of the training node separately).
 */
export function ineligibility(
  worker: WorkerEntity,
  bookedByMonth: ReadonlyMap<string, number>,
  offer: OfferRequirements,
): Ineligibility | null {
  return ineligibilities(worker, bookedByMonth, offer)[0] ?? null;
}

/**
 * The least room (minutes) the worker has left in any month of the period once the minimum share
 * is booked; null when the share does not fit in some month (or in the period at all).
 */
export function freeMinutes(
  worker: WorkerEntity,
  bookedByMonth: ReadonlyMap<string, number>,
  offer: Pick<OfferRequirements, 'periodFrom' | 'periodTo' | 'minimumMinutes'>,
): number | null {
  const shares = allocateByMonth(offer.periodFrom, offer.periodTo, offer.minimumMinutes, worker.availabilityMinutes, worker.monthlyHourCap);
  if (!shares) return null;
  const room = shares.map((share) => share.capacityMinutes - (bookedByMonth.get(share.month) ?? 0) - share.minutes);
  return room.some((minutes) => minutes < 0) ? null : Math.min(...room);
}
