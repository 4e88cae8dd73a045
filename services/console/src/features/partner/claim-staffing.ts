/**
 * Staffing an approved claim with the org's own workers, as the form explains it before sending:
 * createAssignment on the workers node checks the claim's approved share, the stage and the
 * worker's capacity again and refuses with its own code (CLAIM_SHARE_EXCEEDED, …).
 */
export type Stage = 'A' | 'B' | 'C';

const RANK: Record<Stage, number> = { A: 1, B: 2, C: 3 };

export interface StaffableWorker {
  itStage: Stage;
  businessStage: Stage;
}

/** Workers whose lower axis reaches the offer's stage (a task may ask for either axis), most fitting first. */
export function workersForClaim<W extends StaffableWorker>(workers: readonly W[], requiredStage: Stage): W[] {
  const stageOf = (w: W) => Math.min(RANK[w.itStage], RANK[w.businessStage]);
  return workers.filter((w) => stageOf(w) >= RANK[requiredStage]).sort((a, b) => stageOf(a) - stageOf(b));
}

export type StaffingProblem = 'NOT_WHOLE' | 'TOO_FEW' | 'OVER_SHARE' | 'PERIOD' | 'NOT_APPROVED';

export interface StaffingFormLike {
  hours: number | string;
  from: string;
  to: string;
}

/**
 * Why the booking would be refused, or null: whole hours, at least one, no more than what is left
 * of the approved share (approved hours minus what is booked already), a period in order.
 */
export function staffingProblem(
  form: StaffingFormLike,
  claim: { status: string; hours: number },
  progress: { approvedShareMinutes: number; bookedMinutes: number } | undefined,
): StaffingProblem | null {
  if (claim.status !== 'APPROVED') return 'NOT_APPROVED';
  const hours = Number(form.hours);
  if (!Number.isInteger(hours)) return 'NOT_WHOLE';
  if (hours < 1) return 'TOO_FEW';
  const shareMinutes = progress?.approvedShareMinutes ?? claim.hours * 60;
  if (hours * 60 > shareMinutes - (progress?.bookedMinutes ?? 0)) return 'OVER_SHARE';
  if (!form.from || !form.to || form.from > form.to) return 'PERIOD';
  return null;
}
