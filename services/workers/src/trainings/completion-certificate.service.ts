import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { DEMO_ORGS, tokyoToday } from '@kyodo/domain';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { may } from '../access/access';
import { findOwnWorker } from '../workers/own-worker';
import { WorkerEntity } from '../workers/worker.entity';
import { renderCompletionCertificate } from './completion-certificate.pdf';
import { EnrollmentStatus } from './enrollment-status.enum';
import { CertifiedEnrollment, TRAINING_UPSTREAM, TrainingUpstream } from './training-upstream';
import { TrainingsError } from './trainings.errors';
import { TrainingsService } from './trainings.service';

type Completed = CertifiedEnrollment & { completedAt: Date };

const refused = () => new AuthError('FORBIDDEN', 'A completion certificate goes to its worker and to the org’s staff only.');

/**
 * 修了証: prints the worker's name, so it goes to the org's staff and to the worker themself
 * only, and each one issued is audited here (who had it made, for whom). The enrollment is the
 * training node's, asked as this node's service account; who may have it, and the name printed,
 * are this node's own facts.
 */
@Injectable()
export class CompletionCertificateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly trainings: TrainingsService,
    @Inject(TRAINING_UPSTREAM) private readonly training: TrainingUpstream,
  ) {}

  async issue(orgId: string, enrollmentId: string, actor: AuthContext): Promise<PdfFile> {
    const { enrollment, worker } = may('homeOrgStaff', actor, { orgId })
      ? await this.forStaff(orgId, enrollmentId)
      : await this.forWorker(orgId, enrollmentId, actor);
    const completedOn = tokyoToday(enrollment.completedAt);
    const bytes = await renderCompletionCertificate({
      issuer: DEMO_ORGS.find((org) => org.id === orgId)?.nameJa ?? orgId,
      issuedOn: tokyoToday(),
      workerName: `${worker.familyName} ${worker.givenName}`,
      courseCode: enrollment.courseCode,
      courseTitle: enrollment.courseTitle,
      completedOn,
      score: enrollment.score,
      evaluation: enrollment.evaluation,
    });
    await appendAudit(this.dataSource.manager, {
      actorId: actor.userId,
      actorOrgId: actor.orgId,
      action: 'certificate.completion',
      entityType: 'Enrollment',
      entityId: enrollment.id,
      detail: { workerId: enrollment.workerId, courseCode: enrollment.courseCode },
    });
    return toPdfFile(`completion-certificate-${enrollment.courseCode}-${completedOn}.pdf`, bytes);
  }

  private async forStaff(orgId: string, enrollmentId: string): Promise<{ enrollment: Completed; worker: WorkerEntity }> {
    const enrollment = await this.training.enrollment(await this.trainings.service(), orgId, enrollmentId);
    if (!enrollment) throw new TrainingsError('ENROLLMENT_NOT_FOUND', `No enrollment in ${orgId} with that id.`);
    const worker = await this.dataSource.manager.findOneBy(WorkerEntity, { orgId, id: enrollment.workerId });
    if (!worker) throw new TrainingsError('WORKER_NOT_FOUND', `This node has no worker ${enrollment.workerId} of ${orgId}.`);
    return { enrollment: completedOf(enrollment), worker };
  }

  /** A worker learns nothing of others' enrollments: unknown and someone else's read the same. */
  private async forWorker(
    orgId: string,
    enrollmentId: string,
    actor: AuthContext,
  ): Promise<{ enrollment: Completed; worker: WorkerEntity }> {
    const own = await findOwnWorker(this.dataSource.manager, orgId, actor);
    if (!own) throw refused();
    const enrollment = await this.training.enrollment(await this.trainings.service(), orgId, enrollmentId);
    if (!enrollment || enrollment.workerId !== own.id || !may('ownWorker', actor, { orgId, worker: own })) throw refused();
    return { enrollment: completedOf(enrollment), worker: own };
  }
}

function completedOf(enrollment: CertifiedEnrollment): Completed {
  const { completedAt } = enrollment;
  if (enrollment.status !== EnrollmentStatus.COMPLETED || !completedAt) {
    throw new TrainingsError('NOT_COMPLETED', `The worker has not completed ${enrollment.courseCode} yet.`, {
      courseCode: enrollment.courseCode,
    });
  }
  return { ...enrollment, completedAt };
}
