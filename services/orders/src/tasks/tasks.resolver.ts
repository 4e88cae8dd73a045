import { Args, Mutation, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles, STAFF } from '@kyodo/auth';
import { OrgArgs, OrgNode, alignByKey, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { CreateTaskInput } from './dto/create-task.input';
import { ReturnTaskArgs } from './dto/return-task.args';
import { TaskIdArgs } from './dto/task-id.args';
import { TaskEntity } from './task.entity';
import { TaskReviewService } from './task-review.service';
import { TasksService } from './tasks.service';
import { may } from '../access/access';

@Resolver(() => TaskEntity)
export class TasksResolver {
  constructor(
    private readonly tasksService: TasksService,
    private readonly review: TaskReviewService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => TaskEntity, {
    description: "Splits off a task; refused with TASK_TOTAL_EXCEEDED when the order's tasks would exceed its hours or value.",
  })
  createTask(@Args() { orgId }: OrgArgs, @Args('input') input: CreateTaskInput, @CurrentAuth() auth: AuthContext): Promise<TaskEntity> {
    return this.tasksService.create(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => TaskEntity, { description: '内部検収: the task passed internal review.' })
  passTask(@Args() { orgId, id }: TaskIdArgs, @CurrentAuth() auth: AuthContext): Promise<TaskEntity> {
    return this.review.pass(auth, this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => TaskEntity, { description: '内部検収: sends the task back for rework with a comment.' })
  returnTask(@Args() { orgId, id, comment }: ReturnTaskArgs, @CurrentAuth() auth: AuthContext): Promise<TaskEntity> {
    return this.review.giveBack(auth, this.node.resolve(orgId), id, comment);
  }

  /** Other subgraphs (assignments in workers) reference tasks; one query per `_entities` call. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<TaskEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return requestLoader<string, TaskEntity | null>(context, 'taskById', async (ids) =>
      alignByKey(ids, await this.tasksService.getMany(this.node.orgId, ids), (t) => t.id),
    ).load(reference.id);
  }
}
