import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import {
  CertifiedEnrollmentDocument,
  MissingTrainingsDocument,
  OwnEnrollmentsDocument,
  RecordEnrollmentDocument,
} from '../upstream/gql/graphql';
import { EnrollmentStatus } from './enrollment-status.enum';

/** An enrollment as the org's training node holds it. */
export interface TrainingEnrollment {
  orgId: string;
  id: string;
  workerId: string;
  courseOrgId: string;
  courseId: string;
  courseCode: string;
  courseTitle: string;
  status: EnrollmentStatus;
  enrolledAt: Date;
  score: number | null;
  evaluation: number | null;
  evaluationComment: string | null;
  completedAt: Date | null;
}

/** What a completion certificate (修了証) prints of an enrollment. */
export type CertifiedEnrollment = Pick<
  TrainingEnrollment,
  'orgId' | 'id' | 'workerId' | 'courseCode' | 'courseTitle' | 'status' | 'score' | 'evaluation' | 'completedAt'
>;

/** An enrolment this node decided, with who asked for it. */
export interface EnrolmentPush {
  orgId: string;
  workerId: string;
  courseOrgId: string | null;
  courseId: string;
  actorId: string;
  actorOrgId: string | null;
}

/**
 * The org's training node as a worker's own view and an enrolment need it. Training keeps no
 * logins and asks no other node (issue #15): this node knows which login is which worker, so it
 * decides who may see what and asks training as its service account (kyodo-workers), for a
 * worker id it found itself, never one a caller sent.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface TrainingUpstream {
  /** The worker's enrollments and completions, earliest first. */
  enrollments(service: OnBehalfOf, orgId: string, workerId: string): Promise<TrainingEnrollment[]>;
  /** Which of the course codes the worker has not completed, in the order asked, once each. */
  missingTrainings(service: OnBehalfOf, orgId: string, workerId: string, courseCodes: readonly string[]): Promise<string[]>;
  /** One enrollment of the org; null when there is none. */
  enrollment(service: OnBehalfOf, orgId: string, enrollmentId: string): Promise<CertifiedEnrollment | null>;
  /** Pushes an enrolment to the training node, which finds the course and records it; the enrollment's key. */
  enroll(service: OnBehalfOf, push: EnrolmentPush): Promise<{ orgId: string; id: string }>;
}

export const TRAINING_UPSTREAM = Symbol('TRAINING_UPSTREAM');

const dateOf = (value: unknown): Date => new Date(value as string);

/** Through the consortium gateway; fails closed (nothing is shown or recorded) when training cannot answer. */
export class GatewayTrainingUpstream implements TrainingUpstream {
  constructor(private readonly gateway: GatewayClient) {}

  async enrollments(service: OnBehalfOf, orgId: string, workerId: string): Promise<TrainingEnrollment[]> {
    const { workerEnrollments } = await this.gateway.execute(service, OwnEnrollmentsDocument, { orgId, workerId });
    return workerEnrollments.map((e) => ({
      ...e,
      status: e.status as EnrollmentStatus,
      enrolledAt: dateOf(e.enrolledAt),
      score: e.score ?? null,
      evaluation: e.evaluation ?? null,
      evaluationComment: e.evaluationComment ?? null,
      completedAt: e.completedAt ? dateOf(e.completedAt) : null,
    }));
  }

  async missingTrainings(service: OnBehalfOf, orgId: string, workerId: string, courseCodes: readonly string[]): Promise<string[]> {
    if (courseCodes.length === 0) return [];
    const { missingTrainings } = await this.gateway.execute(service, MissingTrainingsDocument, {
      orgId,
      workerId,
      courseCodes: [...courseCodes],
    });
    return missingTrainings;
  }

  async enrollment(service: OnBehalfOf, orgId: string, enrollmentId: string): Promise<CertifiedEnrollment | null> {
    const { enrollment } = await this.gateway.execute(service, CertifiedEnrollmentDocument, { orgId, enrollmentId });
    if (!enrollment) return null;
    return {
      ...enrollment,
      status: enrollment.status as EnrollmentStatus,
      score: enrollment.score ?? null,
      evaluation: enrollment.evaluation ?? null,
      completedAt: enrollment.completedAt ? dateOf(enrollment.completedAt) : null,
    };
  }

  async enroll(service: OnBehalfOf, push: EnrolmentPush): Promise<{ orgId: string; id: string }> {
    const { recordEnrollment } = await this.gateway.execute(service, RecordEnrollmentDocument, {
      ...push,
      courseOrgId: push.courseOrgId ?? undefined,
      actorOrgId: push.actorOrgId ?? undefined,
    });
    return recordEnrollment;
  }
}
