import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { PdfFile } from '@kyodo/pdf';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { CompletionCertificateService } from './completion-certificate.service';
import { EnrollWorkerInput } from './dto/enroll-worker.input';
import { EnrollmentArgs } from './dto/enrollment.args';
import { MyMissingTrainingsArgs } from './dto/my-missing-trainings.args';
import { EnrollmentReference } from './enrollment.reference';
import { MyEnrollment } from './my-enrollment.model';
import { TrainingsService } from './trainings.service';

/**
 * A worker's trainings where the worker is known: this node links logins to workers and holds
 * their names, and asks the org's training node for the enrollments (as kyodo-workers).
 */
@Resolver()
export class TrainingsResolver {
  constructor(
    private readonly trainings: TrainingsService,
    private readonly certificates: CompletionCertificateService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.Worker)
  @Query(() => [MyEnrollment], { description: "The caller's own enrollments and completions, earliest first (the training node's)." })
  myEnrollments(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<MyEnrollment[]> {
    return this.trainings.myEnrollments(this.node.resolve(orgId), auth);
  }

  @Roles(Role.Worker)
  @Query(() => [String], {
    description: 'Which of the given course codes the caller has not completed yet (the trainings to take before that work).',
  })
  myMissingTrainings(@Args() { orgId, courseCodes }: MyMissingTrainingsArgs, @CurrentAuth() auth: AuthContext): Promise<string[]> {
    return this.trainings.myMissingTrainings(this.node.resolve(orgId), auth, courseCodes);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => EnrollmentReference, {
    description:
      "Enrolls a worker of this org on one of its courses or on a course another member shares: the worker found here, the enrolment pushed to the org's training node as kyodo-workers, which finds the course and records it (COURSE_NOT_FOUND, ALREADY_ENROLLED); audited there.",
  })
  enrollWorker(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: EnrollWorkerInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<EnrollmentReference> {
    return this.trainings.enroll(this.node.resolve(orgId), input, auth);
  }

  /** The worker role reaches only the caller's own certificates (CompletionCertificateService checks it). */
  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => PdfFile, {
    description:
      "修了証: certifies a completed enrollment (course, completion date, score, evaluation) as a PDF, for the org's staff and the worker themself; audited.",
  })
  completionCertificate(@Args() { orgId, enrollmentId }: EnrollmentArgs, @CurrentAuth() auth: AuthContext): Promise<PdfFile> {
    return this.certificates.issue(this.node.resolve(orgId), enrollmentId, auth);
  }
}
