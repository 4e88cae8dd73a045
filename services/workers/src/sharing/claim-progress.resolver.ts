import { Args, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, effectiveRoles, Role, Roles } from '@kyodo/auth';
import { alignByKey, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ClaimProgress } from './claim-progress.model';
import { ClaimProgressService } from './claim-progress.service';
import { ClaimProgressArgs } from './dto/claim-progress.args';

const STAFF: readonly Role[] = [Role.OrgAdmin, Role.Director];

@Resolver(() => ClaimProgress)
export class ClaimProgressResolver {
  constructor(
    private readonly progress: ClaimProgressService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Query(() => [ClaimProgress], {
    description:
      "進捗 of the claims that `orgId`'s workers staff: minutes approved by its director per claim, workers as pseudonyms with stage and minutes only. The claim's owner sees its own claims; the staffing org all of them.",
  })
  claimProgress(@Args() { orgId, claimIds, from, to }: ClaimProgressArgs, @CurrentAuth() auth: AuthContext): Promise<ClaimProgress[]> {
    return this.progress.progress(auth, this.node.resolve(orgId), claimIds, from, to);
  }

  /**
   * The owner's PoolClaim.progress names the claim here (orgId = the staffing org); the gateway
   * fetches every such claim of a request in one `_entities` call, turned into one query. The same
   * rule as `claimProgress` (any org's staff, cross-org: the owner sees only its own claims), so a
   * claim of another owner, or unknown here, comes back null.
   */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<ClaimProgress | null> | null {
    const auth = (context as { req?: { auth?: AuthContext } }).req?.auth;
    if (!this.node.owns(reference) || !auth || !effectiveRoles(auth, this.node.orgId, true).some((role) => STAFF.includes(role)))
      return null;
    return requestLoader<string, ClaimProgress | null>(context, 'claimProgressById', async (ids) =>
      alignByKey(ids, await this.progress.progress(auth, this.node.orgId, ids), (p) => p.id),
    ).load(reference.id);
  }
}
