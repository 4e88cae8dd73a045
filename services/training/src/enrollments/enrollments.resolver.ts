import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { WorkerReference } from '../common/worker-reference.model';
import { CompleteEnrollmentInput } from './dto/complete-enrollment.input';
import { EnrollWorkerInput } from './dto/enroll-worker.input';
import { MissingTrainingsArgs } from './dto/missing-trainings.args';
import { WorkerEnrollmentsArgs } from './dto/worker-enrollments.args';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentsService } from './enrollments.service';

/** Enrollments, scores and evaluations are the org's own: no operation here is cross-org. */
@Resolver(() => EnrollmentEntity)
export class EnrollmentsResolver {
  constructor(
    private readonly enrollmentsService: EnrollmentsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [EnrollmentEntity], { description: "A worker's enrollments and completions, earliest first." })
  workerEnrollments(@Args() { orgId, workerId }: WorkerEnrollmentsArgs): Promise<EnrollmentEntity[]> {
    return this.enrollmentsService.forWorker(this.node.resolve(orgId), workerId);
  }

  /** The prerequisite check the workers subgraph runs before booking a worker on a task. */
  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [String], { description: 'Which of the given course codes the worker has not completed (empty when all are done).' })
  missingTrainings(@Args() { orgId, workerId, courseCodes }: MissingTrainingsArgs): Promise<string[]> {
    return this.enrollmentsService.missingTrainings(this.node.resolve(orgId), workerId, courseCodes);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => EnrollmentEntity, { description: "Enrolls a worker of this org on one of its courses or on a course another member shares; audited." })
  enrollWorker(@Args() { orgId }: OrgArgs, @Args('input') input: EnrollWorkerInput, @CurrentAuth() auth: AuthContext): Promise<EnrollmentEntity> {
    return this.enrollmentsService.enroll(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => EnrollmentEntity, { description: 'Records that the worker completed the course (修了), with an evaluation and optional score; audited.' })
  completeEnrollment(@Args() { orgId }: OrgArgs, @Args('input') input: CompleteEnrollmentInput, @CurrentAuth() auth: AuthContext): Promise<EnrollmentEntity> {
    return this.enrollmentsService.complete(this.node.resolve(orgId), input, auth);
  }

  @ResolveField(() => WorkerReference)
  worker(@Parent() enrollment: EnrollmentEntity): WorkerReference {
    return { orgId: enrollment.orgId, id: enrollment.workerId };
  }
}
