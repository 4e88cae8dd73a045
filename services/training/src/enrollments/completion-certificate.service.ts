import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { DEMO_ORGS, tokyoToday } from '@kyodo/domain';
import { PdfFile, toPdfFile } from '@kyodo/pdf';
import { WORKERS_DIRECTORY, WorkersDirectory } from '../upstream/workers-directory';
import { renderCompletionCertificate } from './completion-certificate.pdf';
import { EnrollmentStatus } from './enrollment-status.enum';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentsError } from './enrollments.errors';
import { may } from '../access/access';

type CompletedEnrollment = EnrollmentEntity & { completedAt: Date };

/** The enrollment a certificate is for and the worker's name as printed. */
interface Certified {
  enrollment: CompletedEnrollment;
  workerName: string;
}

/**
 * 修了証: a certificate prints the worker's name, so it goes to the org's staff and to the worker
 * themself only, and each one issued is audited (who had it made, for whom). Training holds no
 * logins: whether a worker caller is the enrollment's worker is the workers subgraph's answer
 * (`me`, asked with the caller's token), and without that answer nothing is issued.
 */
@Injectable()
export class CompletionCertificateService {
  constructor(
    @InjectRepository(EnrollmentEntity) private readonly enrollments: Repository<EnrollmentEntity>,
    @Inject(WORKERS_DIRECTORY) private readonly workers: WorkersDirectory,
  ) {}

  async issue(orgId: string, enrollmentId: string, actor: AuthContext): Promise<PdfFile> {
    const found = await this.enrollments.findOneBy({ orgId, id: enrollmentId });
    const { enrollment, workerName } = may('homeOrgStaff', actor, { orgId })
      ? await this.forStaff(orgId, found, actor)
      : await this.forWorker(orgId, found, actor);
    const completedOn = tokyoToday(enrollment.completedAt);
    const bytes = await renderCompletionCertificate({
      issuer: DEMO_ORGS.find((org) => org.id === orgId)?.nameJa ?? orgId,
      issuedOn: tokyoToday(),
      workerName,
      courseCode: enrollment.courseCode,
      courseTitle: enrollment.courseTitle,
      completedOn,
      score: enrollment.score,
      evaluation: enrollment.evaluation,
    });
    await appendAudit(this.enrollments.manager, {
      actorId: actor.userId,
      actorOrgId: actor.orgId,
      action: 'certificate.completion',
      entityType: 'Enrollment',
      entityId: enrollment.id,
      detail: { workerId: enrollment.workerId, courseCode: enrollment.courseCode },
    });
    return toPdfFile(`completion-certificate-${enrollment.courseCode}-${completedOn}.pdf`, bytes);
  }

  private async forStaff(orgId: string, enrollment: EnrollmentEntity | null, actor: AuthContext): Promise<Certified> {
    if (!enrollment) throw new EnrollmentsError('ENROLLMENT_NOT_FOUND', `No enrollment in ${orgId} with that id.`);
    const completed = completedOf(enrollment);
    const workerName = await this.workers.displayName(actor, orgId, completed.workerId);
    if (!workerName)
      throw new EnrollmentsError('WORKER_NOT_FOUND', `The workers subgraph of ${orgId} has no worker ${completed.workerId}.`);
    return { enrollment: completed, workerName };
  }

  /** A worker learns nothing of others' enrollments: unknown and someone else's read the same. */
  private async forWorker(orgId: string, enrollment: EnrollmentEntity | null, actor: AuthContext): Promise<Certified> {
    const own = await this.workers.linkedWorker(actor);
    if (!enrollment || !own || own.orgId !== orgId || actor.orgId !== orgId || own.id !== enrollment.workerId) {
      throw new AuthError('FORBIDDEN', 'A completion certificate goes to its worker and to the org’s staff only.');
    }
    return { enrollment: completedOf(enrollment), workerName: own.name };
  }
}

function completedOf(enrollment: EnrollmentEntity): CompletedEnrollment {
  const { completedAt } = enrollment;
  if (enrollment.status !== EnrollmentStatus.COMPLETED || !completedAt) {
    throw new EnrollmentsError('NOT_COMPLETED', `The worker has not completed ${enrollment.courseCode} yet.`, {
      courseCode: enrollment.courseCode,
    });
  }
  return Object.assign(enrollment, { completedAt });
}
