import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, ServiceClients, STAFF, WORKERS_CLIENT, type AuthContext } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { may } from '../access/access';
import { WorkerReference } from '../common/worker-reference.model';
import { CompleteEnrollmentInput } from './dto/complete-enrollment.input';
import { EnrollmentArgs } from './dto/enrollment.args';
import { MissingTrainingsArgs } from './dto/missing-trainings.args';
import { RecordEnrollmentArgs } from './dto/record-enrollment.args';
import { WorkerEnrollmentsArgs } from './dto/worker-enrollments.args';
import { WorkersEnrollmentsArgs } from './dto/workers-enrollments.args';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentsService } from './enrollments.service';

/**
 * Enrollments, scores and evaluations are the org's own: no operation here is cross-org. Training
 * keeps no logins, so a worker's own view (myEnrollments, completionCertificate) is the org's
 * workers node's: it knows which login is which worker and asks here as kyodo-workers.
 */
@Resolver(() => EnrollmentEntity)
export class EnrollmentsResolver {
  constructor(
    private readonly enrollmentsService: EnrollmentsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @ServiceClients(WORKERS_CLIENT)
  @Query(() => [EnrollmentEntity], {
    description:
      "A worker's enrollments and completions, earliest first: the org's staff, and the org's workers node (kyodo-workers) answering a worker's own myEnrollments.",
  })
  workerEnrollments(@Args() { orgId, workerId }: WorkerEnrollmentsArgs): Promise<EnrollmentEntity[]> {
    return this.enrollmentsService.forWorker(this.node.resolve(orgId), workerId);
  }

  /** One question for a page of workers (the admin's 受講状況 table), where asking workerEnrollments per worker would be N+1. */
  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [EnrollmentEntity], {
    description:
      "The enrollments and completions of the given workers of the org, by worker and then earliest first, in one query: the org's staff only.",
  })
  workersEnrollments(@Args() { orgId, workerIds }: WorkersEnrollmentsArgs): Promise<EnrollmentEntity[]> {
    return this.enrollmentsService.forWorkers(this.node.resolve(orgId), workerIds);
  }

  /** The prerequisite check the workers node runs before booking, and a worker's own myMissingTrainings there. */
  @Roles(Role.OrgAdmin, Role.Director)
  @ServiceClients(WORKERS_CLIENT)
  @Query(() => [String], { description: 'Which of the given course codes the worker has not completed (empty when all are done).' })
  missingTrainings(@Args() { orgId, workerId, courseCodes }: MissingTrainingsArgs): Promise<string[]> {
    return this.enrollmentsService.missingTrainings(this.node.resolve(orgId), workerId, courseCodes);
  }

  /**
   * Only the workers nodes' service account: it decides who may have the enrollment (the org's
   * staff, or the worker whose login it knows) before it prints a 修了証 from it.
   */
  @ServiceClients(WORKERS_CLIENT)
  @Query(() => EnrollmentEntity, {
    nullable: true,
    description:
      "One enrollment of the org, null when there is none: what the org's workers node prints a completion certificate (修了証) from. For the kyodo-workers service account only.",
  })
  enrollment(@Args() { orgId, enrollmentId }: EnrollmentArgs): Promise<EnrollmentEntity | null> {
    return this.enrollmentsService.get(this.node.resolve(orgId), enrollmentId);
  }

  /**
   * Only the workers nodes' service account: whether the worker is one of the org's is the
   * workers node's answer (its enrollWorker), so no user may hand it in. The actor is who asked there.
   */
  @ServiceClients(WORKERS_CLIENT)
  @Mutation(() => EnrollmentEntity, {
    description:
      "Records an enrolment the org's workers node made (enrollWorker there) on one of the org's courses or on a course another member shares; ALREADY_ENROLLED when the worker is on it; audited with the user who asked there. For the kyodo-workers service account only.",
  })
  recordEnrollment(
    @Args() { orgId, workerId, courseOrgId, courseId, actorId, actorOrgId }: RecordEnrollmentArgs,
    @CurrentAuth() service: AuthContext,
  ): Promise<EnrollmentEntity> {
    // The service token stays on the actor: a partner's shared course is asked with it (sharedCourses).
    const actor: AuthContext = { ...service, userId: actorId, username: '', orgId: actorOrgId ?? null, roles: [] };
    return this.enrollmentsService.enroll(this.node.resolve(orgId), { workerId, courseOrgId, courseId }, actor);
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

  /** An enrollment named by the workers node's enrollWorker: the gateway fetches it here, for the org's staff. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<EnrollmentEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return requestLoader<string, EnrollmentEntity | null>(context, 'enrollmentById', async (ids) =>
      alignByKey(ids, await this.enrollmentsService.getMany(this.node.orgId, ids), (e) => e.id),
    ).load(reference.id);
  }

  @ResolveField(() => WorkerReference)
  worker(@Parent() enrollment: EnrollmentEntity): WorkerReference {
    return { orgId: enrollment.orgId, id: enrollment.workerId };
  }
}
