/**
 * The job pool as a partner filters it, and the checks the claim form makes before sending. These
 * explain; the owner's node decides (claimPoolOffer refuses past the offer's hours, and the owner
 * approves or declines).
 */
export type Stage = 'A' | 'B' | 'C';

const RANK: Record<Stage, number> = { A: 1, B: 2, C: 3 };

export interface PoolOfferLike {
  orgId: string;
  title: string;
  hours: number;
  approvedHours: number;
  requiredStage: Stage;
  skillTags: readonly string[];
  clientLabel?: string | null;
  deadline: string;
}

export interface PoolFilter {
  /** Only offers of this owner member; empty for all. */
  ownerOrgId: string;
  /** Only offers whose required stage is at most this one (what the partner's workers can do); empty for all. */
  maxStage: Stage | '';
  /** Words matched in the title, client label and skill tags. */
  text: string;
  /** Hide offers whose hours are all approved already. */
  openOnly: boolean;
}

export const NO_FILTER: PoolFilter = { ownerOrgId: '', maxStage: '', text: '', openOnly: true };

/** Hours of an offer not yet approved to anyone. */
export function openHours(offer: Pick<PoolOfferLike, 'hours' | 'approvedHours'>): number {
  return Math.max(0, offer.hours - offer.approvedHours);
}

/** A partner never claims its own offers: those are left out before any filter. */
export function filterPool<O extends PoolOfferLike>(offers: readonly O[], filter: PoolFilter, ownOrgId: string | null): O[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return offers
    .filter((o) => o.orgId !== ownOrgId)
    .filter((o) => !filter.ownerOrgId || o.orgId === filter.ownerOrgId)
    .filter((o) => !filter.maxStage || RANK[o.requiredStage] <= RANK[filter.maxStage])
    .filter((o) => !filter.openOnly || openHours(o) > 0)
    .filter((o) => {
      const haystack = [o.title, o.clientLabel ?? '', ...o.skillTags].join(' ').toLowerCase();
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.title.localeCompare(b.title));
}

export type ClaimProblem = 'NOT_WHOLE' | 'TOO_FEW' | 'TOO_MANY';

/** Why the hours typed into the claim form would be refused, or null when they may be sent. */
export function claimProblem(hours: number, offer: Pick<PoolOfferLike, 'hours' | 'approvedHours'>): ClaimProblem | null {
  if (!Number.isInteger(hours)) return 'NOT_WHOLE';
  if (hours < 1) return 'TOO_FEW';
  if (hours > openHours(offer)) return 'TOO_MANY';
  return null;
}

export interface StageCapacityLike {
  stage: Stage;
  workerCount: number;
  freeMinutes: number;
}

/** Consortium capacity as a table: one row per member, one free-hours cell per stage, and totals. */
export function capacityTable(capacities: readonly { orgId: string; byStage: readonly StageCapacityLike[] }[]): {
  rows: { orgId: string; freeHours: Record<Stage, number>; workers: number }[];
  totals: Record<Stage, number>;
} {
  const totals: Record<Stage, number> = { A: 0, B: 0, C: 0 };
  const rows = [...capacities]
    .sort((a, b) => a.orgId.localeCompare(b.orgId))
    .map((c) => {
      const freeHours: Record<Stage, number> = { A: 0, B: 0, C: 0 };
      let workers = 0;
      for (const s of c.byStage) {
        freeHours[s.stage] += Math.floor(s.freeMinutes / 60);
        totals[s.stage] += Math.floor(s.freeMinutes / 60);
        workers += s.workerCount;
      }
      return { orgId: c.orgId, freeHours, workers };
    });
  return { rows, totals };
}
