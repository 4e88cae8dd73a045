import { SKILL_STAGES, SkillStage } from '@kyodo/domain';
import { FeasibilityVerdict } from './feasibility-verdict.enum';

/** Free minutes of one skill stage (an aggregate the workers node counted: no person named). */
export interface StageFreeCapacity {
  stage: SkillStage;
  freeMinutes: number;
}

/** One skill stage in a feasibility assessment; minutes throughout. */
export interface StageAssessment {
  stage: SkillStage;
  /** Work that needs this stage (workers at it or above can do it). */
  requiredMinutes: number;
  /** Free capacity of the org's workers counted at this stage. */
  freeMinutes: number;
  /** Required work of this stage that no free worker at it or above can take. */
  shortMinutes: number;
}

export interface FeasibilityAssessment {
  verdict: FeasibilityVerdict;
  /** A, B, C in that order. */
  stages: StageAssessment[];
}

/** Most advanced first (C, B, A): the order in which requirements are served. */
const STAGES_DOWN = [...SKILL_STAGES].reverse();

/**
 * Required minutes by stage against free minutes by stage, where a worker can do work of their
 * stage or below. Requirements are served from the most demanding down, each drawing first on
 * workers of exactly its stage and only then on more advanced ones, which keeps the scarce
 * senior capacity for the work only they can do; with nested skills this greedy is optimal.
 */
export function assessFeasibility(
  required: Partial<Record<SkillStage, number>>,
  capacity: readonly StageFreeCapacity[],
): FeasibilityAssessment {
  const free = new Map(
    STAGES_DOWN.map((stage) => [stage, capacity.filter((c) => c.stage === stage).reduce((sum, c) => sum + c.freeMinutes, 0)]),
  );
  const left = new Map(free);
  const stages = STAGES_DOWN.map((stage, rank) => {
    let missing = required[stage] ?? 0;
    // This stage, then each more advanced one (C has none above it).
    for (const donor of STAGES_DOWN.slice(0, rank + 1).reverse()) {
      const taken = Math.min(missing, left.get(donor)!);
      left.set(donor, left.get(donor)! - taken);
      missing -= taken;
    }
    return { stage, requiredMinutes: required[stage] ?? 0, freeMinutes: free.get(stage)!, shortMinutes: missing };
  });
  const verdict = stages.some((s) => s.shortMinutes > 0) ? FeasibilityVerdict.SHORT : FeasibilityVerdict.FEASIBLE;
  // Served most advanced first, listed entry first (A, B, C).
  return { verdict, stages: stages.reverse() };
}

/**
 * The org's own capacity first; only when it falls short, other members' free capacity (their
 * consenting workers) as well. The stages stay the org's own, so they still say what the org
 * lacks; FEASIBLE_WITH_CONSORTIUM says partners could make it up through the pool.
 */
export function assessWithConsortium(
  required: Partial<Record<SkillStage, number>>,
  own: readonly StageFreeCapacity[],
  partners: readonly StageFreeCapacity[],
): FeasibilityAssessment {
  const alone = assessFeasibility(required, own);
  if (alone.verdict === FeasibilityVerdict.FEASIBLE || partners.length === 0) return alone;
  const together = assessFeasibility(required, [...own, ...partners]);
  return together.verdict === FeasibilityVerdict.FEASIBLE ? { ...alone, verdict: FeasibilityVerdict.FEASIBLE_WITH_CONSORTIUM } : alone;
}
