import { registerEnumType } from '@nestjs/graphql';

/**
 * The answer of a feasibility check (受託確認). Clients should treat a value they do not know as
 * "not feasible on the org's own".
 */
export enum FeasibilityVerdict {
  /** The org's own free capacity covers the required hours at the required stage. */
  FEASIBLE = 'FEASIBLE',
  /** It does not; the check's stages say by how many minutes at which stage. */
  SHORT = 'SHORT',
  /** The org's own capacity is short (the stages say by how much), but other members' free capacity covers it: share the work through the pool. */
  FEASIBLE_WITH_CONSORTIUM = 'FEASIBLE_WITH_CONSORTIUM',
}

registerEnumType(FeasibilityVerdict, { name: 'FeasibilityVerdict' });
