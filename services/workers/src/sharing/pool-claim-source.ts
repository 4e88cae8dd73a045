import type { SkillStage } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { PoolClaimsDocument } from '../upstream/gql/graphql';

/** What the owner's node says of a claim: enough to book workers within it. */
export interface OwnerClaim {
  id: string;
  status: 'PENDING' | 'APPROVED' | 'DECLINED';
  claimantOrgId: string;
  hours: number;
  offer: { taskId: string; requiredStage: SkillStage; requiredTrainings: string[]; deadline: string };
}

/**
 * Where a partner's node learns about its claim: the owner's orders node (`poolClaims`), asked
 * through the gateway with the caller's token, so the owner's database stays the one authority
 * on what was approved.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface PoolClaimSource {
  /** The claim as the owner `ownerOrgId` keeps it, or null when the owner shows the caller no such claim. */
  claim(caller: OnBehalfOf, ownerOrgId: string, claimId: string): Promise<OwnerClaim | null>;
}

export const POOL_CLAIM_SOURCE = Symbol('POOL_CLAIM_SOURCE');

/** Fails closed: when the owner's node cannot answer, the call fails and nothing is booked. */
export class GatewayPoolClaimSource implements PoolClaimSource {
  constructor(private readonly gateway: GatewayClient) {}

  async claim(caller: OnBehalfOf, ownerOrgId: string, claimId: string): Promise<OwnerClaim | null> {
    const { poolClaims } = await this.gateway.execute(caller, PoolClaimsDocument, { orgId: ownerOrgId, ids: [claimId] });
    const claim = poolClaims.find((c) => c.id === claimId);
    return claim ? { ...claim, offer: { ...claim.offer, requiredStage: claim.offer.requiredStage as SkillStage } } : null;
  }
}
