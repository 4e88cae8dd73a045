/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ClaimMinutesInput = {
  approvedMinutes: number;
  claimId: string | number;
  /** The month worked, YYYY-MM. */
  month: string;
};

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'ENROLLED';

export type PoolClaimStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

/** Axis of the skill map: IT skill or business skill. */
export type SkillAxis =
  | 'BUSINESS'
  | 'IT';

/** Skill stage per the skill map (スキルマップ, version 2): A (entry), B, C (most advanced). */
export type SkillStageV2 =
  /** Entry level: basic PC operation; delivers what is asked on time. */
  | 'A'
  /** Between A and C. */
  | 'B'
  /** Most advanced: specialised software; works on own judgement. */
  | 'C';

export type StageCapacityInput = {
  freeMinutes: number;
  stage: SkillStageV2;
};

export type CertifiedEnrollmentQueryVariables = Exact<{
  orgId?: string | null | undefined;
  enrollmentId: string | number;
}>;


export type CertifiedEnrollmentQuery = { enrollment: { orgId: string, id: string, workerId: string, courseCode: string, courseTitle: string, status: EnrollmentStatus, score: number | null, evaluation: number | null, completedAt: string | null } | null };

export type ConsortiumFreeCapacityQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsortiumFreeCapacityQuery = { consortiumCapacity: Array<{ orgId: string, byStage: Array<{ stage: SkillStageV2, freeMinutes: number }> }> };

export type FeasibilityPeriodQueryVariables = Exact<{
  orgId?: string | null | undefined;
  orderId: string | number;
}>;


export type FeasibilityPeriodQuery = { feasibilityPeriod: { orderId: string, from: string, to: string, requiredStage: SkillStageV2, requiredMinutes: number } };

export type MissingTrainingsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  workerId: string | number;
  courseCodes: Array<string> | string;
}>;


export type MissingTrainingsQuery = { missingTrainings: Array<string> };

export type OwnEnrollmentsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  workerId: string | number;
}>;


export type OwnEnrollmentsQuery = { workerEnrollments: Array<{ orgId: string, id: string, workerId: string, courseOrgId: string, courseId: string, courseCode: string, courseTitle: string, status: EnrollmentStatus, enrolledAt: string, score: number | null, evaluation: number | null, evaluationComment: string | null, completedAt: string | null }> };

export type PartnerClaimProgressQueryVariables = Exact<{
  orgId?: string | null | undefined;
  claimIds: Array<string | number> | string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type PartnerClaimProgressQuery = { claimProgress: Array<{ claimId: string, approvedMinutes: number }> };

export type PoolClaimsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type PoolClaimsQuery = { poolClaims: Array<{ id: string, status: PoolClaimStatus, claimantOrgId: string, hours: number, offer: { taskId: string, requiredStage: SkillStageV2, requiredTrainings: Array<string>, deadline: string } }> };

export type PromotionBasisQueryVariables = Exact<{
  orgId?: string | null | undefined;
  workerIds: Array<string | number> | string | number;
}>;


export type PromotionBasisQuery = { promotionBasis: { rules: Array<{ axis: SkillAxis, toStage: SkillStageV2, requiredCourseCodes: Array<string>, minWorkMinutes: number }>, completions: Array<{ workerId: string, courseCodes: Array<string> }> } };

export type RecordEnrollmentMutationVariables = Exact<{
  orgId?: string | null | undefined;
  workerId: string | number;
  courseOrgId?: string | null | undefined;
  courseId: string | number;
  actorId: string;
  actorOrgId?: string | null | undefined;
}>;


export type RecordEnrollmentMutation = { recordEnrollment: { orgId: string, id: string } };

export type RecordFeasibilityCheckMutationVariables = Exact<{
  orgId?: string | null | undefined;
  orderId: string | number;
  actorId: string;
  actorOrgId?: string | null | undefined;
  periodFrom: string;
  periodTo: string;
  own: Array<StageCapacityInput> | StageCapacityInput;
  partners: Array<StageCapacityInput> | StageCapacityInput;
}>;


export type RecordFeasibilityCheckMutation = { recordFeasibilityCheck: { orgId: string, id: string } };

export type RecordOrderLeadWorkerMutationVariables = Exact<{
  orgId?: string | null | undefined;
  orderId: string | number;
  actorId: string;
  actorOrgId?: string | null | undefined;
  leadWorkerOrgId?: string | null | undefined;
  leadWorkerId?: string | number | null | undefined;
}>;


export type RecordOrderLeadWorkerMutation = { recordOrderLeadWorker: { orgId: string, id: string } };

export type RecordSettlementMutationVariables = Exact<{
  orgId?: string | null | undefined;
  partnerOrgId: string;
  month: string;
  actorId: string;
  actorOrgId?: string | null | undefined;
  claimIds: Array<string | number> | string | number;
  months: Array<string> | string;
  progress: Array<ClaimMinutesInput> | ClaimMinutesInput;
}>;


export type RecordSettlementMutation = { recordSettlement: { orgId: string, id: string } };

export type ReferableWorkerQueryVariables = Exact<{
  orgId?: string | null | undefined;
  id: string | number;
}>;


export type ReferableWorkerQuery = { referableWorker: { orgId: string, id: string } | null };

export type SettlementBasisQueryVariables = Exact<{
  orgId?: string | null | undefined;
  partnerOrgId: string;
  month: string;
}>;


export type SettlementBasisQuery = { settlementBasis: { claimIds: Array<string>, months: Array<string> } };

export type TaskRequirementsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  taskId: string | number;
}>;


export type TaskRequirementsQuery = { taskRequirements: { orgId: string, taskId: string, itStage: SkillStageV2, businessStage: SkillStageV2, trainings: Array<string>, confidential: boolean, withholding: boolean } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CertifiedEnrollmentDocument = new TypedDocumentString(`
    query CertifiedEnrollment($orgId: String, $enrollmentId: ID!) {
  enrollment(orgId: $orgId, enrollmentId: $enrollmentId) {
    orgId
    id
    workerId
    courseCode
    courseTitle
    status
    score
    evaluation
    completedAt
  }
}
    `) as unknown as TypedDocumentString<CertifiedEnrollmentQuery, CertifiedEnrollmentQueryVariables>;
export const ConsortiumFreeCapacityDocument = new TypedDocumentString(`
    query ConsortiumFreeCapacity($from: String!, $to: String!) {
  consortiumCapacity(from: $from, to: $to) {
    orgId
    byStage {
      stage
      freeMinutes
    }
  }
}
    `) as unknown as TypedDocumentString<ConsortiumFreeCapacityQuery, ConsortiumFreeCapacityQueryVariables>;
export const FeasibilityPeriodDocument = new TypedDocumentString(`
    query FeasibilityPeriod($orgId: String, $orderId: ID!) {
  feasibilityPeriod(orgId: $orgId, orderId: $orderId) {
    orderId
    from
    to
    requiredStage
    requiredMinutes
  }
}
    `) as unknown as TypedDocumentString<FeasibilityPeriodQuery, FeasibilityPeriodQueryVariables>;
export const MissingTrainingsDocument = new TypedDocumentString(`
    query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {
  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)
}
    `) as unknown as TypedDocumentString<MissingTrainingsQuery, MissingTrainingsQueryVariables>;
export const OwnEnrollmentsDocument = new TypedDocumentString(`
    query OwnEnrollments($orgId: String, $workerId: ID!) {
  workerEnrollments(orgId: $orgId, workerId: $workerId) {
    orgId
    id
    workerId
    courseOrgId
    courseId
    courseCode
    courseTitle
    status
    enrolledAt
    score
    evaluation
    evaluationComment
    completedAt
  }
}
    `) as unknown as TypedDocumentString<OwnEnrollmentsQuery, OwnEnrollmentsQueryVariables>;
export const PartnerClaimProgressDocument = new TypedDocumentString(`
    query PartnerClaimProgress($orgId: String, $claimIds: [ID!]!, $from: String, $to: String) {
  claimProgress(orgId: $orgId, claimIds: $claimIds, from: $from, to: $to) {
    claimId
    approvedMinutes
  }
}
    `) as unknown as TypedDocumentString<PartnerClaimProgressQuery, PartnerClaimProgressQueryVariables>;
export const PoolClaimsDocument = new TypedDocumentString(`
    query PoolClaims($orgId: String, $ids: [ID!]) {
  poolClaims(orgId: $orgId, ids: $ids) {
    id
    status
    claimantOrgId
    hours
    offer {
      taskId
      requiredStage
      requiredTrainings
      deadline
    }
  }
}
    `) as unknown as TypedDocumentString<PoolClaimsQuery, PoolClaimsQueryVariables>;
export const PromotionBasisDocument = new TypedDocumentString(`
    query PromotionBasis($orgId: String, $workerIds: [ID!]!) {
  promotionBasis(orgId: $orgId, workerIds: $workerIds) {
    rules {
      axis
      toStage
      requiredCourseCodes
      minWorkMinutes
    }
    completions {
      workerId
      courseCodes
    }
  }
}
    `) as unknown as TypedDocumentString<PromotionBasisQuery, PromotionBasisQueryVariables>;
export const RecordEnrollmentDocument = new TypedDocumentString(`
    mutation RecordEnrollment($orgId: String, $workerId: ID!, $courseOrgId: String, $courseId: ID!, $actorId: String!, $actorOrgId: String) {
  recordEnrollment(
    orgId: $orgId
    workerId: $workerId
    courseOrgId: $courseOrgId
    courseId: $courseId
    actorId: $actorId
    actorOrgId: $actorOrgId
  ) {
    orgId
    id
  }
}
    `) as unknown as TypedDocumentString<RecordEnrollmentMutation, RecordEnrollmentMutationVariables>;
export const RecordFeasibilityCheckDocument = new TypedDocumentString(`
    mutation RecordFeasibilityCheck($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $periodFrom: String!, $periodTo: String!, $own: [StageCapacityInput!]!, $partners: [StageCapacityInput!]!) {
  recordFeasibilityCheck(
    orgId: $orgId
    orderId: $orderId
    actorId: $actorId
    actorOrgId: $actorOrgId
    periodFrom: $periodFrom
    periodTo: $periodTo
    own: $own
    partners: $partners
  ) {
    orgId
    id
  }
}
    `) as unknown as TypedDocumentString<RecordFeasibilityCheckMutation, RecordFeasibilityCheckMutationVariables>;
export const RecordOrderLeadWorkerDocument = new TypedDocumentString(`
    mutation RecordOrderLeadWorker($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $leadWorkerOrgId: String, $leadWorkerId: ID) {
  recordOrderLeadWorker(
    orgId: $orgId
    orderId: $orderId
    actorId: $actorId
    actorOrgId: $actorOrgId
    leadWorkerOrgId: $leadWorkerOrgId
    leadWorkerId: $leadWorkerId
  ) {
    orgId
    id
  }
}
    `) as unknown as TypedDocumentString<RecordOrderLeadWorkerMutation, RecordOrderLeadWorkerMutationVariables>;
export const RecordSettlementDocument = new TypedDocumentString(`
    mutation RecordSettlement($orgId: String, $partnerOrgId: String!, $month: String!, $actorId: String!, $actorOrgId: String, $claimIds: [ID!]!, $months: [String!]!, $progress: [ClaimMinutesInput!]!) {
  recordSettlement(
    orgId: $orgId
    partnerOrgId: $partnerOrgId
    month: $month
    actorId: $actorId
    actorOrgId: $actorOrgId
    claimIds: $claimIds
    months: $months
    progress: $progress
  ) {
    orgId
    id
  }
}
    `) as unknown as TypedDocumentString<RecordSettlementMutation, RecordSettlementMutationVariables>;
export const ReferableWorkerDocument = new TypedDocumentString(`
    query ReferableWorker($orgId: String, $id: ID!) {
  referableWorker(orgId: $orgId, id: $id) {
    orgId
    id
  }
}
    `) as unknown as TypedDocumentString<ReferableWorkerQuery, ReferableWorkerQueryVariables>;
export const SettlementBasisDocument = new TypedDocumentString(`
    query SettlementBasis($orgId: String, $partnerOrgId: String!, $month: String!) {
  settlementBasis(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {
    claimIds
    months
  }
}
    `) as unknown as TypedDocumentString<SettlementBasisQuery, SettlementBasisQueryVariables>;
export const TaskRequirementsDocument = new TypedDocumentString(`
    query TaskRequirements($orgId: String, $taskId: ID!) {
  taskRequirements(orgId: $orgId, taskId: $taskId) {
    orgId
    taskId
    itStage
    businessStage
    trainings
    confidential
    withholding
  }
}
    `) as unknown as TypedDocumentString<TaskRequirementsQuery, TaskRequirementsQueryVariables>;