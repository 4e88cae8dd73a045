import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role, Roles } from '@kyodo/auth';
import { OrgNode } from '@kyodo/subgraph';
import { TaskIdArgs } from './dto/task-id.args';
import { TaskBrief } from './task-brief.model';
import { TasksService } from './tasks.service';

@Resolver(() => TaskBrief)
export class TaskBriefsResolver {
  constructor(
    private readonly tasksService: TasksService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => TaskBrief, {
    nullable: true,
    description:
      "A task's brief for the workers booked on it (titles, the client as workers may see it, deadline); null for no such task of the org.",
  })
  taskBrief(@Args() { orgId, id }: TaskIdArgs): Promise<TaskBrief | null> {
    return this.tasksService.brief(this.node.resolve(orgId), id);
  }
}
