import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { tokyoToday } from '@kyodo/domain';
import { OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { In } from 'typeorm';
import { PayMonth } from '../pay/pay-month.model';
import { SetPaySettingsInput } from './dto/set-pay-settings.input';
import { describeCalendar } from './pay-calendar';
import { PayCloseWarning } from './pay-close-warning.model';
import { payCloseWarnings } from './pay-close-warnings';
import { PaySettingsEntity } from './pay-settings.entity';
import { PaySettingsService } from './pay-settings.service';

@Resolver(() => PaySettingsEntity)
export class PaySettingsResolver {
  constructor(
    private readonly settings: PaySettingsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => PaySettingsEntity, {
    nullable: true,
    description: 'The pay calendar (締め日・支払日) and the transfer-source account; null until an org admin sets them.',
  })
  paySettings(@Args() { orgId }: OrgArgs): Promise<PaySettingsEntity | null> {
    return this.settings.get(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => PaySettingsEntity, {
    description:
      'Sets the pay calendar and the transfer-source account; refused when any month would be paid more than 60 days after its closing.',
  })
  setPaySettings(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: SetPaySettingsInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<PaySettingsEntity> {
    return this.settings.set(this.node.resolve(orgId), input, auth);
  }

  @ResolveField(() => String, { description: 'The calendar as a contract states it, e.g. 毎月末日締め、翌月末日払い.' })
  calendarText(@Parent() settings: PaySettingsEntity): string {
    return describeCalendar(settings);
  }
}

/** A closed month's warnings, read against the pay calendar (one read per request, however many months). */
@Resolver(() => PayMonth)
export class PayCloseWarningsResolver {
  constructor(private readonly settings: PaySettingsService) {}

  @ResolveField(() => [PayCloseWarning], {
    description: 'What the close means for paying on time: a missed or near payment date, the act’s 60 days missed, no pay calendar.',
  })
  async warnings(@Parent() month: PayMonth, @Context() context: object): Promise<PayCloseWarning[]> {
    const calendar = await requestLoader<string, PaySettingsEntity | null>(context, 'paySettings', async (orgIds) => {
      const rows = await this.settings.manager.findBy(PaySettingsEntity, { orgId: In([...orgIds]) });
      return orgIds.map((orgId) => rows.find((row) => row.orgId === orgId) ?? null);
    }).load(month.orgId);
    return payCloseWarnings(calendar, month.month, tokyoToday(month.closedAt));
  }
}
