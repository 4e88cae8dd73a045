import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { ClaimProgress } from './claim-progress.model';
import { ClaimProgressService } from './claim-progress.service';
import { ClaimProgressArgs } from './dto/claim-progress.args';

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
}
