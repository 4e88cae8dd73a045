import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, isUniqueViolation, uuidsOnly } from '@kyodo/database';
import { CoursesService } from '../courses/courses.service';
import { PARTNER_COURSES, PartnerCourses, SharedCourse } from '../upstream/partner-courses';
import { CompleteEnrollmentInput } from './dto/complete-enrollment.input';
import { EnrollmentStatus } from './enrollment-status.enum';
import { EnrollmentEntity } from './enrollment.entity';
import { EnrollmentsError } from './enrollments.errors';

const WORKER_COURSE_INDEX = 'enrollments_worker_course';

/** A worker on a course: the course's owner is this org unless another member shares it. */
export interface EnrollmentRequest {
  workerId: string;
  courseOrgId?: string;
  courseId: string;
}

@Injectable()
export class EnrollmentsService {
  constructor(
    @InjectRepository(EnrollmentEntity) private readonly enrollments: Repository<EnrollmentEntity>,
    private readonly courses: CoursesService,
    @Inject(PARTNER_COURSES) private readonly partnerCourses: PartnerCourses,
  ) {}

  forWorker(orgId: string, workerId: string): Promise<EnrollmentEntity[]> {
    return this.enrollments.find({ where: { orgId, workerId }, order: { enrolledAt: 'ASC', id: 'ASC' } });
  }

  forWorkers(orgId: string, workerIds: readonly string[]): Promise<EnrollmentEntity[]> {
    if (workerIds.length === 0) return Promise.resolve([]);
    return this.enrollments.find({
      where: { orgId, workerId: In([...new Set(workerIds)]) },
      order: { workerId: 'ASC', enrolledAt: 'ASC', id: 'ASC' },
    });
  }

  get(orgId: string, id: string): Promise<EnrollmentEntity | null> {
    return this.enrollments.findOneBy({ orgId, id });
  }

  /** Ids that are not UUIDs cannot match and would make PostgreSQL fail the whole batch. */
  async getMany(orgId: string, ids: readonly string[]): Promise<EnrollmentEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? [] : this.enrollments.findBy({ orgId, id: In(valid) });
  }

  /**
   * Enrolls a worker of this org on a course of this org or on one another member shares. That
   * the worker is one of the org's is the workers node's word (it pushes the enrolment here as
   * kyodo-workers). A shared course is asked of its owner before the transaction; the unique
   * index settles two concurrent enrollments of the same worker on the same course.
   */
  async enroll(orgId: string, input: EnrollmentRequest, actor: AuthContext): Promise<EnrollmentEntity> {
    const course = await this.findCourse(orgId, input.courseOrgId ?? orgId, input.courseId, actor);
    try {
      return await this.enrollments.manager.transaction(async (manager) => {
        const enrollment = await manager.save(
          manager.create(EnrollmentEntity, {
            orgId,
            workerId: input.workerId,
            courseOrgId: course.orgId,
            courseId: course.id,
            courseCode: course.code,
            courseTitle: course.title,
            enrolledBy: actor.userId,
          }),
        );
        await appendAudit(manager, {
          actorId: actor.userId,
          actorOrgId: actor.orgId,
          action: 'enrollment.create',
          entityType: 'Enrollment',
          entityId: enrollment.id,
          detail: { after: { workerId: input.workerId, courseOrgId: course.orgId, courseId: course.id, courseCode: course.code } },
        });
        return enrollment;
      });
    } catch (error) {
      if (isUniqueViolation(error, WORKER_COURSE_INDEX)) {
        throw new EnrollmentsError('ALREADY_ENROLLED', `The worker is already enrolled on ${course.code}.`, { courseCode: course.code });
      }
      throw error;
    }
  }

  /** 修了: records the outcome once; the status condition in the UPDATE makes a second completion find nothing to change. */
  async complete(orgId: string, input: CompleteEnrollmentInput, actor: AuthContext): Promise<EnrollmentEntity> {
    return this.enrollments.manager.transaction(async (manager) => {
      const changed: unknown[] = await manager.query(
        `UPDATE enrollments SET status = 'COMPLETED', completed_at = now(), completed_by = $3, evaluation = $4, evaluation_comment = $5, score = $6
         WHERE org_id = $1 AND id = $2 AND status = 'ENROLLED' RETURNING id`,
        [orgId, input.enrollmentId, actor.userId, input.evaluation, input.evaluationComment ?? null, input.score ?? null],
      );
      const enrollment = await manager.findOneBy(EnrollmentEntity, { orgId, id: input.enrollmentId });
      if (!enrollment) throw new EnrollmentsError('ENROLLMENT_NOT_FOUND', `No enrollment ${input.enrollmentId} in this org.`);
      // Postgres reports an UPDATE … RETURNING as [rows, count].
      if ((changed[0] as unknown[]).length === 0)
        throw new EnrollmentsError('ALREADY_COMPLETED', `The worker already completed ${enrollment.courseCode}.`);
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
        action: 'enrollment.complete',
        entityType: 'Enrollment',
        entityId: enrollment.id,
        detail: {
          workerId: enrollment.workerId,
          courseCode: enrollment.courseCode,
          after: { evaluation: input.evaluation, score: input.score ?? null },
        },
      });
      return enrollment;
    });
  }

  /** The given course codes the worker has not completed, in the order asked, once each. */
  async missingTrainings(orgId: string, workerId: string, courseCodes: readonly string[]): Promise<string[]> {
    const done = (await this.completedCodes(orgId, [workerId])).get(workerId) ?? new Set<string>();
    return [...new Set(courseCodes)].filter((code) => !done.has(code));
  }

  /** Codes of the courses each worker completed, for many workers in one query. */
  async completedCodes(orgId: string, workerIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const codes = new Map<string, Set<string>>();
    if (workerIds.length === 0) return codes;
    const rows = await this.enrollments.find({
      select: { workerId: true, courseCode: true },
      where: { orgId, workerId: In([...workerIds]), status: EnrollmentStatus.COMPLETED },
    });
    for (const row of rows) codes.set(row.workerId, (codes.get(row.workerId) ?? new Set()).add(row.courseCode));
    return codes;
  }

  private async findCourse(orgId: string, courseOrgId: string, courseId: string, actor: AuthContext): Promise<SharedCourse> {
    const course =
      courseOrgId === orgId
        ? await this.courses.get(orgId, courseId)
        : await this.partnerCourses.sharedCourse(actor, courseOrgId, courseId);
    if (!course)
      throw new EnrollmentsError('COURSE_NOT_FOUND', `No course ${courseId} of ${courseOrgId} that this org may use.`, {
        courseOrgId,
        courseId,
      });
    return course;
  }
}
