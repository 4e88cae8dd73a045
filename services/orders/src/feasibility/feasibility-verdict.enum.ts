import { registerEnumType } from '@nestjs/graphql';

/**
 * The answer of a feasibility check (受託確認). More values will come (a later issue adds
 * FEASIBLE_WITH_CONSORTIUM, capacity borrowed from partner members): clients should treat a
 * value they do not know as "not feasible on the org's own".
 */
export enum FeasibilityVerdict {
  /** The org's own free capacity covers the required hours at the required stage. */
  FEASIBLE = 'FEASIBLE',
  /** It does not; the check's stages say by how many minutes at which stage. */
  SHORT = 'SHORT',
}

registerEnumType(FeasibilityVerdict, { name: 'FeasibilityVerdict' });
