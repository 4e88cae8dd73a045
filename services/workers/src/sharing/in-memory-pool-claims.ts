import type { OnBehalfOf } from '@kyodo/subgraph';
import type { OwnerClaim, PoolClaimSource } from './pool-claim-source';

/** A PoolClaimSource for specs and schema printing: answers the claims it was given. */
export class InMemoryPoolClaims implements PoolClaimSource {
  private readonly claims = new Map<string, { ownerOrgId: string; claim: OwnerClaim }>();

  add(ownerOrgId: string, claim: OwnerClaim): void {
    this.claims.set(claim.id, { ownerOrgId, claim });
  }

  async claim(_caller: OnBehalfOf, ownerOrgId: string, claimId: string): Promise<OwnerClaim | null> {
    const known = this.claims.get(claimId);
    return known && known.ownerOrgId === ownerOrgId ? known.claim : null;
  }
}
