/**
 * Ranking the org's active workers for a task, and saying why each one who is out is out. This
 * explains; it decides nothing: createAssignment checks stage, training and capacity again on the
 * server and refuses with its own code. The NDA rule is the org's practice for confidential
 * orders (秘密保持契約 before confidential work), shown so the director sees it before booking.
 */
export type Stage = 'A' | 'B' | 'C';

export type IneligibleReason = 'STAGE' | 'NDA' | 'HOURS';

export interface CandidateWorker {
  id: string;
  itStage: Stage;
  businessStage: Stage;
  ndaSignedOn?: string | null;
  monthlyHourCap?: number | null;
}

export interface TaskNeeds {
  requiredStage: Stage;
  confidential: boolean;
  /** Planned minutes per month of the booking being considered. */
  minutesPerMonth: number;
}

export interface RankedWorker<W extends CandidateWorker> {
  worker: W;
  /** The stage at which the worker can take any task, whichever axis it asks for (the lower one). */
  stage: Stage;
  reasons: IneligibleReason[];
}

const RANK: Record<Stage, number> = { A: 1, B: 2, C: 3 };

export function workingStage(worker: CandidateWorker): Stage {
  return RANK[worker.itStage] <= RANK[worker.businessStage] ? worker.itStage : worker.businessStage;
}

/**
 * Eligible workers first, the closest stage above the requirement first (an advanced worker
 * stays free for advanced work), then the most monthly hours; the ineligible after them, fewest
 * reasons first.
 */
export function rankWorkers<W extends CandidateWorker>(workers: readonly W[], needs: TaskNeeds): RankedWorker<W>[] {
  const ranked = workers.map((worker): RankedWorker<W> => {
    const stage = workingStage(worker);
    const reasons: IneligibleReason[] = [];
    if (RANK[stage] < RANK[needs.requiredStage]) reasons.push('STAGE');
    if (needs.confidential && !worker.ndaSignedOn) reasons.push('NDA');
    if ((worker.monthlyHourCap ?? 0) * 60 < needs.minutesPerMonth) reasons.push('HOURS');
    return { worker, stage, reasons };
  });
  return ranked.sort(
    (a, b) =>
      a.reasons.length - b.reasons.length ||
      RANK[a.stage] - RANK[b.stage] ||
      (b.worker.monthlyHourCap ?? 0) - (a.worker.monthlyHourCap ?? 0) ||
      a.worker.id.localeCompare(b.worker.id),
  );
}

/** Months (calendar months touched) of a period YYYY-MM-DD..YYYY-MM-DD, at least 1. */
export function monthsOf(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  return Math.max(1, (ty - fy) * 12 + (tm - fm) + 1);
}
