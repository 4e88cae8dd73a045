import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthError, CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode, OrgPageArgs } from '@kyodo/subgraph';
import { TaskReference } from '../assignments/task.model';
import { TaskAccessService } from '../instructions/task-access.service';
import { AcceptOfferArgs, CreateOfferInput, OfferIdArgs, OffersArgs, PickOfferWorkerArgs } from './dto/offers.inputs';
import { Offer, OfferPage, OfferRecipient } from './offer.model';
import { OffersError } from './offers.errors';
import { OffersService } from './offers.service';
import { may } from '../access/access';

@Resolver(() => Offer)
export class OffersResolver {
  constructor(
    private readonly offersService: OffersService,
    private readonly access: TaskAccessService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => Offer, {
    description:
      '手挙げ: offers a task’s hours to the org’s workers the server finds eligible (stage, trainings, NDA, availability, monthly cap).',
  })
  createOffer(@Args() { orgId }: OrgArgs, @Args('input') input: CreateOfferInput, @CurrentAuth() auth: AuthContext): Promise<Offer> {
    return this.offersService.create(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => OfferPage, { description: 'The org’s offers with every recipient’s answer, newest first.' })
  offers(@Args() { orgId, status, first, after }: OffersArgs): Promise<OfferPage> {
    return this.offersService.pageForStaff(this.node.resolve(orgId), status, { first, after });
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => Offer, { description: 'DIRECTOR_PICKS: books a worker who raised a hand, for the minutes they asked.' })
  pickOfferWorker(@Args() { orgId, offerId, workerId }: PickOfferWorkerArgs, @CurrentAuth() auth: AuthContext): Promise<Offer> {
    return this.offersService.pick(this.node.resolve(orgId), offerId, workerId, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => Offer, { description: 'Closes an open offer; what was booked stays booked.' })
  withdrawOffer(@Args() { orgId, offerId }: OfferIdArgs, @CurrentAuth() auth: AuthContext): Promise<Offer> {
    return this.offersService.withdraw(this.node.resolve(orgId), offerId, auth);
  }

  @Roles(Role.Worker)
  @Query(() => OfferPage, {
    description: 'The calling worker’s offers, newest first: open ones, and those they took or raised a hand for.',
  })
  async myOffers(@Args() { orgId, first, after }: OrgPageArgs, @CurrentAuth() auth: AuthContext): Promise<OfferPage> {
    const org = this.node.resolve(orgId);
    return this.offersService.pageForWorker(org, await this.me(org, auth), { first, after });
  }

  @Roles(Role.Worker)
  @Mutation(() => Offer, {
    description: 'Takes minutes of an offer (FIRST_COME: booked at once) or raises a hand for them (DIRECTOR_PICKS).',
  })
  async acceptOffer(@Args() { orgId, offerId, minutes }: AcceptOfferArgs, @CurrentAuth() auth: AuthContext): Promise<Offer> {
    const org = this.node.resolve(orgId);
    return this.offersService.accept(org, await this.me(org, auth), offerId, minutes, auth);
  }

  @Roles(Role.Worker)
  @Mutation(() => Offer, { description: 'Declines an offer (or lowers a raised hand).' })
  async declineOffer(@Args() { orgId, offerId }: OfferIdArgs, @CurrentAuth() auth: AuthContext): Promise<Offer> {
    const org = this.node.resolve(orgId);
    return this.offersService.decline(org, await this.me(org, auth), offerId);
  }

  @ResolveField(() => TaskReference)
  task(@Parent() offer: Offer): TaskReference {
    return { orgId: offer.taskOrgId, id: offer.taskId };
  }

  // What the work is, as the task's owner showed it when the offer was made: a worker decides on it
  // without reading the owner's order (which only staff may). Every reader of the offer sees it.
  @ResolveField(() => String, { nullable: true, description: "The task's title, as its owner showed it when the offer was made." })
  taskTitle(@Parent() offer: Offer): string | null {
    return offer.taskDetails?.taskTitle ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: "The order's title (own tasks only; a partner's offer shows none)." })
  orderTitle(@Parent() offer: Offer): string | null {
    return offer.taskDetails?.orderTitle ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The client as the owner lets workers see it.' })
  clientLabel(@Parent() offer: Offer): string | null {
    return offer.taskDetails?.clientLabel ?? null;
  }

  @ResolveField(() => [OfferRecipient], { nullable: true, description: 'Staff only: who was offered the work and how they answered.' })
  recipients(@Parent() offer: Offer, @CurrentAuth() auth: AuthContext): OfferRecipient[] {
    if (!may('homeOrgStaff', auth, { orgId: offer.orgId }) || !offer.recipientRows)
      throw new AuthError('FORBIDDEN', 'Who else was offered the work is for the org’s staff only.');
    return offer.recipientRows;
  }

  /** The caller's own worker record: the only worker a worker ever acts as. */
  private async me(orgId: string, auth: AuthContext): Promise<string> {
    const workerId = await this.access.ownWorker(orgId, auth);
    if (!workerId) throw new OffersError('WORKER_NOT_LINKED', 'Your account is not linked to a worker of this org.');
    return workerId;
  }
}
