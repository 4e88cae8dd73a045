import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { WorkerReference } from '../common/worker-reference.model';
import { CompleteEnrollmentInput } from './dto/complete-enrollment.input';
import { EnrollWorkerInput } from './dto/enroll-worker.input';
import { MissingTrainingsArgs } from './dto/missing-trainings.args';
import { MyMissingTrainingsArgs } from './dto/my-missing-trainings.args';
import { WorkerEnrollmentsArgs } from './dto/worker-enrollments.args';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentsService } from './enrollments.service';
import { OwnTrainingsService } from './own-trainings.service';

/** Enrollments, scores and evaluations are the org's own: no operation here is cross-org. */
@Resolver(() => EnrollmentEntity)
export class EnrollmentsResolver {
  constructor(
    private readonly enrollmentsService: EnrollmentsService,
    private readonly own: OwnTrainingsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [EnrollmentEntity], {
    description: "A worker's enrollments and completions, earliest first; a worker may ask only for their own (or use myEnrollments).",
  })
  async workerEnrollments(
    @Args() { orgId, workerId }: WorkerEnrollmentsArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<EnrollmentEntity[]> {
    const org = this.node.resolve(orgId);
    await this.own.assertMayRead(org, workerId, auth);
    return this.enrollmentsService.forWorker(org, workerId);
  }

  @Roles(Role.Worker)
  @Query(() => [EnrollmentEntity], { description: "The caller's own enrollments and completions, earliest first." })
  async myEnrollments(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<EnrollmentEntity[]> {
    const org = this.node.resolve(orgId);
    return this.enrollmentsService.forWorker(org, await this.own.ownWorkerId(org, auth));
  }

  @Roles(Role.Worker)
  @Query(() => [String], {
    description: 'Which of the given course codes the caller has not completed yet (the trainings to take before that work).',
  })
  async myMissingTrainings(@Args() { orgId, courseCodes }: MyMissingTrainingsArgs, @CurrentAuth() auth: AuthContext): Promise<string[]> {
    const org = this.node.resolve(orgId);
    return this.enrollmentsService.missingTrainings(org, await this.own.ownWorkerId(org, auth), courseCodes);
  }

  /** The prerequisite check the workers subgraph runs before booking a worker on a task. */
  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [String], { description: 'Which of the given course codes the worker has not completed (empty when all are done).' })
  missingTrainings(@Args() { orgId, workerId, courseCodes }: MissingTrainingsArgs): Promise<string[]> {
    return this.enrollmentsService.missingTrainings(this.node.resolve(orgId), workerId, courseCodes);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => EnrollmentEntity, {
    description: 'Enrolls a worker of this org on one of its courses or on a course another member shares; audited.',
  })
  enrollWorker(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: EnrollWorkerInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<EnrollmentEntity> {
    return this.enrollmentsService.enroll(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => EnrollmentEntity, {
    description: 'Records that the worker completed the course (修了), with an evaluation and optional score; audited.',
  })
  completeEnrollment(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: CompleteEnrollmentInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<EnrollmentEntity> {
    return this.enrollmentsService.complete(this.node.resolve(orgId), input, auth);
  }

  @ResolveField(() => WorkerReference)
  worker(@Parent() enrollment: EnrollmentEntity): WorkerReference {
    return { orgId: enrollment.orgId, id: enrollment.workerId };
  }
}
