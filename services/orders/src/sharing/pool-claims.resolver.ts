import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { ClaimProgressReference } from './claim-progress-reference.model';
import { ClaimPoolOfferArgs } from './dto/claim-pool-offer.args';
import { PoolClaimIdArgs } from './dto/pool-claim-id.args';
import { PoolClaimsArgs } from './dto/pool-claims.args';
import { PoolClaimEntity } from './pool-claim.entity';
import { PoolClaimsService } from './pool-claims.service';
import { PoolClaimStatus } from './pool-claim-status.enum';

@Resolver(() => PoolClaimEntity)
export class PoolClaimsResolver {
  constructor(
    private readonly claims: PoolClaimsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Mutation(() => PoolClaimEntity, {
    description:
      "A partner claims hours of an offer; `orgId` names the offer's owner, whose node records the claim as PENDING until the owner decides.",
  })
  claimPoolOffer(@Args() { orgId, offerId, hours }: ClaimPoolOfferArgs, @CurrentAuth() auth: AuthContext): Promise<PoolClaimEntity> {
    return this.claims.claim(auth, this.node.resolve(orgId), offerId, hours);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => PoolClaimEntity, {
    description:
      "The owner approves a pending claim; refused with CLAIM_EXCEEDS_OFFER when the offer's approved hours would pass its published hours (held by the database, also under parallel approvals).",
  })
  approvePoolClaim(@Args() { orgId, id }: PoolClaimIdArgs, @CurrentAuth() auth: AuthContext): Promise<PoolClaimEntity> {
    return this.claims.approve(auth, this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => PoolClaimEntity, { description: 'The owner declines a pending claim.' })
  declinePoolClaim(@Args() { orgId, id }: PoolClaimIdArgs, @CurrentAuth() auth: AuthContext): Promise<PoolClaimEntity> {
    return this.claims.decline(auth, this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Query(() => [PoolClaimEntity], {
    description: "Claims kept at `orgId`'s node, oldest first: all of them for its own staff, only the caller's org's for a partner.",
  })
  poolClaims(@Args() { orgId, ids }: PoolClaimsArgs, @CurrentAuth() auth: AuthContext): Promise<PoolClaimEntity[]> {
    return this.claims.visibleTo(auth, this.node.resolve(orgId), ids);
  }

  @ResolveField(() => ClaimProgressReference, {
    nullable: true,
    description:
      "進捗 of an approved claim (approved minutes, pseudonymous workers): resolved by the claimant's workers node, which the gateway asks; null while the claim is not approved.",
  })
  progress(@Parent() claim: PoolClaimEntity): ClaimProgressReference | null {
    return claim.status === PoolClaimStatus.APPROVED ? { orgId: claim.claimantOrgId, id: claim.id } : null;
  }
}
