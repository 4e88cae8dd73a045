import { Args, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CrossOrg, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { TaskRequirementsArgs } from './dto/task-requirements.args';
import { TaskRequirements } from './task-requirements.model';
import { TaskRequirementsService } from './task-requirements.service';

@Resolver(() => TaskRequirements)
export class TaskRequirementsResolver {
  constructor(
    private readonly requirements: TaskRequirementsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Query(() => TaskRequirements, {
    nullable: true,
    description:
      "What booking a worker on the task requires (stages, trainings, confidentiality, withholding), from its order and category; null when `orgId`'s node has no such task or the caller may not staff it (a partner only within its approved claim).",
  })
  taskRequirements(@Args() { orgId, taskId }: TaskRequirementsArgs, @CurrentAuth() auth: AuthContext): Promise<TaskRequirements | null> {
    return this.requirements.forTask(auth, this.node.resolve(orgId), taskId);
  }
}
