import { SKILL_STAGES, SkillStage } from '@kyodo/domain';
import type { TaskCandidate } from './task-candidate.model';

const rank = (stage: SkillStage): number => SKILL_STAGES.indexOf(stage);

/** The stage a worker stands at for any task: the lower of the two axes. */
const standing = (candidate: TaskCandidate): number => Math.min(rank(candidate.worker.itStage), rank(candidate.worker.businessStage));

const byReading = (a: TaskCandidate, b: TaskCandidate): number =>
  `${a.worker.familyNameKana ?? ''}${a.worker.givenNameKana ?? ''}`.localeCompare(
    `${b.worker.familyNameKana ?? ''}${b.worker.givenNameKana ?? ''}`,
    'ja',
  ) || a.worker.id.localeCompare(b.worker.id);

/**
 * Eligible workers best first: the lowest standing stage first (an advanced worker stays free
 * for advanced work), then the most room left, then by reading. The ineligible after them,
 * fewest reasons first.
 */
export function rankCandidates(candidates: readonly TaskCandidate[]): { eligible: TaskCandidate[]; ineligible: TaskCandidate[] } {
  const eligible = candidates
    .filter((c) => c.reasons.length === 0)
    .sort((a, b) => standing(a) - standing(b) || (b.freeMinutes ?? 0) - (a.freeMinutes ?? 0) || byReading(a, b));
  const ineligible = candidates.filter((c) => c.reasons.length > 0).sort((a, b) => a.reasons.length - b.reasons.length || byReading(a, b));
  return { eligible, ineligible };
}
