import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { passRefusal } from '../common/upstream-refusal';
import { asServiceAccount, requireServiceAccount, ServiceToken, WORKERS_SERVICE_ACCOUNT } from '../feasibility/service-account';
import { MeService } from '../me/me.service';
import { WorkerEntity } from '../workers/worker.entity';
import type { EnrollWorkerInput } from './dto/enroll-worker.input';
import type { EnrollmentReference } from './enrollment.reference';
import type { MyEnrollment } from './my-enrollment.model';
import { TRAINING_UPSTREAM, TrainingUpstream } from './training-upstream';
import { TrainingsError } from './trainings.errors';

/** The training node's refusals of an enrolment, passed on with their own code (the console explains each). */
const ENROLMENT_REFUSALS = new Set(['COURSE_NOT_FOUND', 'ALREADY_ENROLLED']);

/**
 * A worker's trainings as this node serves them: it knows which login is which worker (the
 * record linked to the token's subject) and whether a worker is one of the org's, and asks the
 * org's training node, which holds the enrollments, as its service account. Nothing here writes
 * to this node's database, so no transaction is open while training is asked.
 */
@Injectable()
export class TrainingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly me: MeService,
    @Inject(TRAINING_UPSTREAM) private readonly training: TrainingUpstream,
    @Inject(WORKERS_SERVICE_ACCOUNT) private readonly serviceAccount: ServiceToken | null,
  ) {}

  async myEnrollments(orgId: string, actor: AuthContext): Promise<MyEnrollment[]> {
    const worker = await this.me.workerOf(orgId, actor);
    return this.training.enrollments(await this.service(), orgId, worker.id);
  }

  async myMissingTrainings(orgId: string, actor: AuthContext, courseCodes: readonly string[]): Promise<string[]> {
    const worker = await this.me.workerOf(orgId, actor);
    return this.training.missingTrainings(await this.service(), orgId, worker.id, [...new Set(courseCodes)]);
  }

  /**
   * Enrols a worker of the org (any status, as a worker record of the org stands) and pushes it to
   * the training node, which finds the course (its own or a member's shared one) and settles two
   * concurrent enrolments under its unique index.
   */
  async enroll(orgId: string, input: EnrollWorkerInput, actor: AuthContext): Promise<EnrollmentReference> {
    const worker = await this.dataSource.manager.findOneBy(WorkerEntity, { orgId, id: input.workerId });
    if (!worker) throw new TrainingsError('WORKER_NOT_FOUND', `No worker ${input.workerId} in ${orgId}.`);
    const service = await this.service();
    return this.training
      .enroll(service, {
        orgId,
        workerId: worker.id,
        courseOrgId: input.courseOrgId ?? null,
        courseId: input.courseId,
        actorId: actor.userId,
        actorOrgId: actor.orgId,
      })
      .catch((error: unknown) => {
        throw passRefusal(error, ENROLMENT_REFUSALS);
      });
  }

  /** This node's service account token; without one, nothing is asked of training. */
  service(): Promise<{ token: string }> {
    return asServiceAccount(requireServiceAccount(this.serviceAccount, 'ask the training node'));
  }
}
