import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, Page, PageOf, requestLoader } from '@kyodo/subgraph';
import { ConsortiumPoolArgs } from './dto/consortium-pool.args';
import { PublishPoolOfferInput } from './dto/publish-pool-offer.input';
import { PoolClaimEntity } from './pool-claim.entity';
import { PoolClaimsService } from './pool-claims.service';
import { PoolOfferEntity } from './pool-offer.entity';
import { PoolOffersService } from './pool-offers.service';

@ObjectType('PoolOfferPage')
export class PoolOfferPage extends PageOf(PoolOfferEntity) {}

@Resolver(() => PoolOfferEntity)
export class PoolResolver {
  constructor(
    private readonly offers: PoolOffersService,
    private readonly claimsService: PoolClaimsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => PoolOfferEntity, {
    description:
      "共同受注: offers hours of one of the org's tasks to the consortium pool with the order's requirements, a rate and the client details chosen to show; refused with POOL_HOURS_EXCEEDED past the task's hours.",
  })
  publishPoolOffer(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: PublishPoolOfferInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<PoolOfferEntity> {
    return this.offers.publish(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [PoolOfferEntity], { description: "The org's own pool offers, newest first." })
  poolOffers(@Args() { orgId }: OrgArgs): Promise<PoolOfferEntity[]> {
    return this.offers.ownOffers(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Query(() => PoolOfferPage, {
    description:
      "The consortium pool: every member's offers with hours left, by deadline then id; consortium-wide (the gateway asks every member's node and merges the pages). Pass the caller's own free capacity to see only what it could staff.",
  })
  consortiumPool(@Args() args: ConsortiumPoolArgs): Promise<Page<PoolOfferEntity>> {
    return this.offers.poolPage(this.node.orgId, args);
  }

  @ResolveField(() => [PoolClaimEntity], {
    description: "Claims on the offer: all of them for the owner's staff, a partner's own otherwise.",
  })
  claims(@Parent() offer: PoolOfferEntity, @Context() context: object, @CurrentAuth() auth: AuthContext): Promise<PoolClaimEntity[]> {
    return requestLoader<string, PoolClaimEntity[]>(context, 'poolClaimsByOffer', async (offerIds) => {
      const claims = await this.claimsService.byOffers(auth, this.node.orgId, offerIds);
      return offerIds.map((id) => claims.filter((c) => c.offerId === id));
    }).load(offer.id);
  }
}

@Resolver(() => PoolClaimEntity)
export class PoolClaimOfferResolver {
  constructor(
    private readonly offers: PoolOffersService,
    private readonly node: OrgNode,
  ) {}

  @ResolveField(() => PoolOfferEntity, { description: 'The offer claimed (shared pool data).' })
  offer(@Parent() claim: PoolClaimEntity, @Context() context: object): Promise<PoolOfferEntity | null> {
    return requestLoader<string, PoolOfferEntity | null>(context, 'poolOfferById', async (ids) =>
      alignByKey(ids, await this.offers.getMany(this.node.orgId, ids), (o) => o.id),
    ).load(claim.offerId);
  }
}
