import { randomUUID } from 'node:crypto';
import { DomainError, type OnBehalfOf } from '@kyodo/subgraph';
import { EnrollmentStatus } from './enrollment-status.enum';
import type { CertifiedEnrollment, EnrolmentPush, TrainingEnrollment, TrainingUpstream } from './training-upstream';

/** A course the fake training node knows, by id. */
interface HeldCourse {
  orgId: string;
  code: string;
  title: string;
}

/**
 * The org's training node held in memory, for specs: answers as training would (its refusals
 * arrive as the gateway reports them, UPSTREAM_FAILED with the upstream code) and remembers every
 * question with the token it came with.
 */
export class InMemoryTrainingUpstream implements TrainingUpstream {
  readonly enrollmentsHeld: TrainingEnrollment[] = [];
  readonly courses = new Map<string, HeldCourse>();
  readonly asked: { what: string; token: string }[] = [];
  readonly pushed: { token: string; push: EnrolmentPush }[] = [];
  /** Set to make every call fail, as an unreachable training node would. */
  failing = false;

  addCourse(orgId: string, code: string, title = `${code} 研修`): string {
    const id = randomUUID();
    this.courses.set(id, { orgId, code, title });
    return id;
  }

  /** An enrollment as training would hold it; completed when given a score or evaluation. */
  addEnrollment(orgId: string, workerId: string, courseCode: string, completed?: { score: number | null; evaluation: number }): string {
    const id = randomUUID();
    this.enrollmentsHeld.push({
      orgId,
      id,
      workerId,
      courseOrgId: orgId,
      courseId: randomUUID(),
      courseCode,
      courseTitle: `${courseCode} 研修`,
      status: completed ? EnrollmentStatus.COMPLETED : EnrollmentStatus.ENROLLED,
      enrolledAt: new Date(Date.now() - 86_400_000),
      score: completed?.score ?? null,
      evaluation: completed?.evaluation ?? null,
      evaluationComment: completed ? '講師所見' : null,
      completedAt: completed ? new Date() : null,
    });
    return id;
  }

  async enrollments(service: OnBehalfOf, orgId: string, workerId: string): Promise<TrainingEnrollment[]> {
    this.ask(`enrollments ${orgId} ${workerId}`, service);
    return this.enrollmentsHeld.filter((e) => e.orgId === orgId && e.workerId === workerId);
  }

  async missingTrainings(service: OnBehalfOf, orgId: string, workerId: string, courseCodes: readonly string[]): Promise<string[]> {
    this.ask(`missing ${orgId} ${workerId} ${courseCodes.join(',')}`, service);
    const done = new Set(
      this.enrollmentsHeld
        .filter((e) => e.orgId === orgId && e.workerId === workerId && e.status === EnrollmentStatus.COMPLETED)
        .map((e) => e.courseCode),
    );
    return courseCodes.filter((code) => !done.has(code));
  }

  async enrollment(service: OnBehalfOf, orgId: string, enrollmentId: string): Promise<CertifiedEnrollment | null> {
    this.ask(`enrollment ${orgId} ${enrollmentId}`, service);
    return this.enrollmentsHeld.find((e) => e.orgId === orgId && e.id === enrollmentId) ?? null;
  }

  async enroll(service: OnBehalfOf, push: EnrolmentPush): Promise<{ orgId: string; id: string }> {
    this.ask(`enroll ${push.orgId} ${push.workerId}`, service);
    const course = this.courses.get(push.courseId);
    if (!course || course.orgId !== (push.courseOrgId ?? push.orgId)) throw refusal('COURSE_NOT_FOUND');
    if (this.enrollmentsHeld.some((e) => e.orgId === push.orgId && e.workerId === push.workerId && e.courseCode === course.code))
      throw refusal('ALREADY_ENROLLED');
    this.pushed.push({ token: service.token, push });
    const id = this.addEnrollment(push.orgId, push.workerId, course.code);
    return { orgId: push.orgId, id };
  }

  private ask(what: string, caller: OnBehalfOf): void {
    this.asked.push({ what, token: caller.token });
    if (this.failing) throw new DomainError('UPSTREAM_FAILED', 'The training node did not answer.', { upstreamCode: null });
  }
}

const refusal = (code: string) => new DomainError('UPSTREAM_FAILED', `Another subgraph refused: ${code}.`, { upstreamCode: code });
