import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, Role, Roles, ServiceClients, STAFF, WORKERS_CLIENT } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { alignByKey, OrgNode, requestLoader } from '@kyodo/subgraph';
import { may } from '../access/access';
import { SettlementBasis } from './settlement-basis.model';
import { PrepareSettlementArgs, RecordSettlementArgs, SettlementIdArgs, SettlementStatementsArgs } from './dto/settlement.args';
import { SettlementStatementEntity } from './settlement-statement.entity';
import { SettlementsService } from './settlements.service';

@Resolver(() => SettlementStatementEntity)
export class SettlementsResolver {
  constructor(
    private readonly settlements: SettlementsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => SettlementBasis, {
    description:
      "精算の基礎: the partner's approved claims and the months (the month, then earlier settled ones) whose approved minutes a month's statement owes; what the org's workers node asks the partner's workers node for prepareSettlement.",
  })
  settlementBasis(@Args() { orgId, partnerOrgId, month }: PrepareSettlementArgs): Promise<SettlementBasis> {
    return this.settlements.basis(this.node.resolve(orgId), partnerOrgId, month);
  }

  /**
   * Only the workers nodes' service account: the minutes decide what one member owes another, so
   * no user may hand them in. The actor is who asked the workers node (prepareSettlement).
   */
  @ServiceClients(WORKERS_CLIENT)
  @Mutation(() => SettlementStatementEntity, {
    description:
      "精算: records the month's statement of what the org owes a partner (minutes its director approved on each approved claim × the agreed rate) from the minutes the org's workers node asked the partner's workers node (prepareSettlement there); redrawn until a side confirms it, STATEMENT_CONFIRMED afterwards; SETTLEMENT_BASIS_CHANGED when the claims or settled months moved meanwhile. For the kyodo-workers service account only.",
  })
  recordSettlement(
    @Args() { orgId, partnerOrgId, month, actorId, actorOrgId, claimIds, months, progress }: RecordSettlementArgs,
    @CurrentAuth() service: AuthContext,
  ): Promise<SettlementStatementEntity> {
    const actor: AuthContext = { ...service, userId: actorId, username: '', orgId: actorOrgId ?? null, roles: [] };
    return this.settlements.record(actor, this.node.resolve(orgId), { partnerOrgId, month, claimIds, months, progress });
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

  /** A statement named by the workers node's prepareSettlement: the gateway fetches it here, for the owner's staff. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<SettlementStatementEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return requestLoader<string, SettlementStatementEntity | null>(context, 'settlementStatementById', async (ids) =>
      alignByKey(ids, await this.settlements.getMany(this.node.orgId, ids), (s) => s.id),
    ).load(reference.id);
  }

  @ResolveField(() => String, { description: 'YYYY-MM.' })
  month(@Parent() statement: SettlementStatementEntity): string {
    return statement.month.slice(0, 7);
  }
}
