import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { ApproveTimeEntriesArgs } from './dto/approve-time-entries.args';
import { ApprovedWorkMinutesArgs } from './dto/approved-work-minutes.args';
import { LogTimeInput } from './dto/log-time.input';
import { ReturnTimeEntryArgs } from './dto/return-time-entry.args';
import { SubmittedTimeEntriesArgs } from './dto/submitted-time-entries.args';
import { TimeEntriesArgs } from './dto/time-entries.args';
import { TimeEntryArgs } from './dto/time-entry.args';
import { TimeEntriesService } from './time-entries.service';
import { TimeEntryEntity } from './time-entry.entity';
import { WorkerWorkMinutes } from './worker-work-minutes.model';

@Resolver(() => TimeEntryEntity)
export class TimeEntriesResolver {
  constructor(
    private readonly timeEntriesService: TimeEntriesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [TimeEntryEntity], { description: "An assignment's time entries by day; a worker sees only their own assignments'." })
  timeEntries(@Args() { orgId, assignmentId }: TimeEntriesArgs, @CurrentAuth() auth: AuthContext): Promise<TimeEntryEntity[]> {
    return this.timeEntriesService.forAssignment(this.node.resolve(orgId), assignmentId, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [WorkerWorkMinutes], {
    description:
      'Approved minutes per worker of the org (one entry per distinct id of a worker here, in the order asked; ids of no worker here are left out), optionally from a day on.',
  })
  approvedWorkMinutes(@Args() { orgId, workerIds, from }: ApprovedWorkMinutesArgs): Promise<WorkerWorkMinutes[]> {
    return this.timeEntriesService.approvedMinutes(this.node.resolve(orgId), workerIds, from);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Mutation(() => TimeEntryEntity, {
    description:
      'Logs minutes worked on a day, by the assigned worker or staff for them; a retry with the same idempotencyKey returns the first entry.',
  })
  logTime(@Args() { orgId }: OrgArgs, @Args('input') input: LogTimeInput, @CurrentAuth() auth: AuthContext): Promise<TimeEntryEntity> {
    return this.timeEntriesService.log(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => TimeEntryEntity, { description: '承認: approves a submitted entry; it never changes afterwards.' })
  approveTimeEntry(@Args() { orgId, id }: TimeEntryArgs, @CurrentAuth() auth: AuthContext): Promise<TimeEntryEntity> {
    return this.timeEntriesService.approve(this.node.resolve(orgId), id, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Query(() => [TimeEntryEntity], { description: "承認待ち: the org's submitted entries awaiting review, oldest day first." })
  submittedTimeEntries(@Args() { orgId, first }: SubmittedTimeEntriesArgs): Promise<TimeEntryEntity[]> {
    return this.timeEntriesService.submitted(this.node.resolve(orgId), first);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => [TimeEntryEntity], {
    description:
      '一括承認: approves the entries named, all or none (TIME_ENTRY_NOT_FOUND for an id not of this org, TIME_ENTRY_RETURNED for a returned one); approved ones stay as they are, so a retry changes nothing.',
  })
  approveTimeEntries(@Args() { orgId, ids }: ApproveTimeEntriesArgs, @CurrentAuth() auth: AuthContext): Promise<TimeEntryEntity[]> {
    return this.timeEntriesService.approveMany(this.node.resolve(orgId), ids, auth);
  }

  @Roles(Role.Director, Role.OrgAdmin)
  @Mutation(() => TimeEntryEntity, { description: '差戻し: returns a submitted entry with a comment; the worker logs a corrected one.' })
  returnTimeEntry(@Args() { orgId, id, comment }: ReturnTimeEntryArgs, @CurrentAuth() auth: AuthContext): Promise<TimeEntryEntity> {
    return this.timeEntriesService.return(this.node.resolve(orgId), id, comment, auth);
  }

  /** Whoever may read the entry may read its assignment: staff any of the org's, a worker only their own entries and so their own assignments. */
  @ResolveField(() => AssignmentEntity, { nullable: true, description: 'The assignment the minutes were logged on (with its task).' })
  assignment(@Parent() entry: TimeEntryEntity, @Context() context: object): Promise<AssignmentEntity | null> {
    return requestLoader<string, AssignmentEntity | null>(context, 'timeEntryAssignments', (ids) =>
      this.timeEntriesService.assignmentsOf(entry.orgId, ids),
    ).load(entry.assignmentId);
  }
}
