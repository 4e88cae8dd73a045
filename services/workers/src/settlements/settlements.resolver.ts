import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { PrepareSettlementArgs } from './dto/prepare-settlement.args';
import { SettlementStatementReference } from './settlement-statement.reference';
import { SettlementsService } from './settlements.service';

@Resolver(() => SettlementStatementReference)
export class SettlementsResolver {
  constructor(
    private readonly settlements: SettlementsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => SettlementStatementReference, {
    description:
      "精算: draws up the month's statement of what the org owes a partner (minutes its director approved on each approved claim × the agreed rate): the claims from the org's orders node, the minutes from the partner's workers node, pushed to the orders node, which records the statement; redrawn until a side confirms it, STATEMENT_CONFIRMED afterwards.",
  })
  prepareSettlement(
    @Args() { orgId, partnerOrgId, month }: PrepareSettlementArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<SettlementStatementReference> {
    return this.settlements.prepare(auth, this.node.resolve(orgId), partnerOrgId, month);
  }
}
