import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { AssignmentEntity } from './assignment.entity';
import { AssignmentsService } from './assignments.service';
import { CreateAssignmentInput } from './dto/create-assignment.input';
import { WorkerAssignmentsArgs } from './dto/worker-assignments.args';
import { TaskReference } from './task.model';

@Resolver(() => AssignmentEntity)
export class AssignmentsResolver {
  constructor(
    private readonly assignmentsService: AssignmentsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [AssignmentEntity], {
    description: "A worker's assignments, earliest period first; a worker may ask only for their own (`me { id }`, or use myAssignments).",
  })
  workerAssignments(@Args() { orgId, workerId }: WorkerAssignmentsArgs, @CurrentAuth() auth: AuthContext): Promise<AssignmentEntity[]> {
    return this.assignmentsService.forWorker(this.node.resolve(orgId), workerId, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => AssignmentEntity, {
    description:
      "Books a worker on a task under the requirements its owner's orders node states (stages, trainings, NDA and the security course for confidential work, withholding); refused with TASK_NOT_FOUND for a task the caller may not staff, and when it would overbook any month of the period.",
  })
  createAssignment(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: CreateAssignmentInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<AssignmentEntity> {
    return this.assignmentsService.bookWorkerOnTask(this.node.resolve(orgId), input, auth);
  }

  /**
   * Nullable: another member's task resolves only for the owner's staff, so a partner asking for
   * more than its key gets null here, not a failed booking or list (the booking itself stands).
   */
  @ResolveField(() => TaskReference, {
    nullable: true,
    description:
      "The task booked (its key is always there); null where its owner does not show the caller more of it (a partner's booking on a claimed task).",
  })
  task(@Parent() assignment: AssignmentEntity): TaskReference {
    return { orgId: assignment.taskOrgId, id: assignment.taskId };
  }
}
