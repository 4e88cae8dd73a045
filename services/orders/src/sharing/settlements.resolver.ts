import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { PrepareSettlementArgs, SettlementIdArgs, SettlementStatementsArgs } from './dto/settlement.args';
import { SettlementStatementEntity } from './settlement-statement.entity';
import { SettlementsService } from './settlements.service';

@Resolver(() => SettlementStatementEntity)
export class SettlementsResolver {
  constructor(
    private readonly settlements: SettlementsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => SettlementStatementEntity, {
    description:
      "精算: draws up the month's statement of what the org owes a partner (minutes its director approved on each approved claim × the agreed rate), asked from the partner's workers node; redrawn until a side confirms it, STATEMENT_CONFIRMED afterwards.",
  })
  prepareSettlement(
    @Args() { orgId, partnerOrgId, month }: PrepareSettlementArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<SettlementStatementEntity> {
    return this.settlements.prepare(auth, this.node.resolve(orgId), partnerOrgId, month);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Query(() => [SettlementStatementEntity], {
    description: "Statements kept at `orgId`'s node (the owner's): all for its staff, a partner's own for the partner's staff.",
  })
  settlementStatements(
    @Args() { orgId, month }: SettlementStatementsArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<SettlementStatementEntity[]> {
    return this.settlements.visibleTo(auth, this.node.resolve(orgId), month);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Mutation(() => SettlementStatementEntity, {
    description: "Confirms a statement for the caller's side (owner or partner); each side once, and a confirmed statement never changes.",
  })
  confirmSettlement(@Args() { orgId, id }: SettlementIdArgs, @CurrentAuth() auth: AuthContext): Promise<SettlementStatementEntity> {
    return this.settlements.confirm(auth, this.node.resolve(orgId), id);
  }

  @ResolveField(() => String, { description: 'YYYY-MM.' })
  month(@Parent() statement: SettlementStatementEntity): string {
    return statement.month.slice(0, 7);
  }
}
