import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { WorkerPaperworkGap } from './worker-paperwork-gap.model';
import { WorkerPaperworkService } from './worker-paperwork.service';

@Resolver(() => WorkerPaperworkGap)
export class WorkerPaperworkResolver {
  constructor(
    private readonly paperwork: WorkerPaperworkService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin)
  @Query(() => [WorkerPaperworkGap], {
    description: 'Workers (not inactive) who still lack a basic contract or a bank account for pay, by kana name. Org admin only.',
  })
  workerPaperworkGaps(@Args() { orgId }: OrgArgs): Promise<WorkerPaperworkGap[]> {
    return this.paperwork.gaps(this.node.resolve(orgId));
  }
}
