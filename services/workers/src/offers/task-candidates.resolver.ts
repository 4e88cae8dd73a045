import { Args, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { TaskCandidatesArgs } from './dto/task-candidates.args';
import { TaskCandidates } from './task-candidate.model';
import { TaskCandidatesService } from './task-candidates.service';

@Resolver(() => TaskCandidates)
export class TaskCandidatesResolver {
  constructor(
    private readonly candidates: TaskCandidatesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => TaskCandidates, {
    description:
      '要員配置: the org’s active workers for a booking on a task — the eligible ranked, the rest with every reason they are out (stage, training, NDA, consent, monthly hours, booked already), by the rules createAssignment enforces; TASK_NOT_FOUND for a task the org may not staff.',
  })
  taskCandidates(@Args() args: TaskCandidatesArgs, @CurrentAuth() auth: AuthContext): Promise<TaskCandidates> {
    return this.candidates.list(this.node.resolve(args.orgId), args, auth);
  }
}
