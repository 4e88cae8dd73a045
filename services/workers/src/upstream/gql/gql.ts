/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CertifiedEnrollment($orgId: String, $enrollmentId: ID!) {\n  enrollment(orgId: $orgId, enrollmentId: $enrollmentId) {\n    orgId\n    id\n    workerId\n    courseCode\n    courseTitle\n    status\n    score\n    evaluation\n    completedAt\n  }\n}": typeof types.CertifiedEnrollmentDocument,
    "query ConsortiumFreeCapacity($from: String!, $to: String!) {\n  consortiumCapacity(from: $from, to: $to) {\n    orgId\n    byStage {\n      stage\n      freeMinutes\n    }\n  }\n}": typeof types.ConsortiumFreeCapacityDocument,
    "query FeasibilityPeriod($orgId: String, $orderId: ID!) {\n  feasibilityPeriod(orgId: $orgId, orderId: $orderId) {\n    orderId\n    from\n    to\n    requiredStage\n    requiredMinutes\n  }\n}": typeof types.FeasibilityPeriodDocument,
    "query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {\n  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)\n}": typeof types.MissingTrainingsDocument,
    "query OwnEnrollments($orgId: String, $workerId: ID!) {\n  workerEnrollments(orgId: $orgId, workerId: $workerId) {\n    orgId\n    id\n    workerId\n    courseOrgId\n    courseId\n    courseCode\n    courseTitle\n    status\n    enrolledAt\n    score\n    evaluation\n    evaluationComment\n    completedAt\n  }\n}": typeof types.OwnEnrollmentsDocument,
    "query PartnerClaimProgress($orgId: String, $claimIds: [ID!]!, $from: String, $to: String) {\n  claimProgress(orgId: $orgId, claimIds: $claimIds, from: $from, to: $to) {\n    claimId\n    approvedMinutes\n  }\n}": typeof types.PartnerClaimProgressDocument,
    "query PoolClaims($orgId: String, $ids: [ID!]) {\n  poolClaims(orgId: $orgId, ids: $ids) {\n    id\n    status\n    claimantOrgId\n    hours\n    offer {\n      taskId\n      requiredStage\n      requiredTrainings\n      deadline\n    }\n  }\n}": typeof types.PoolClaimsDocument,
    "query PromotionBasis($orgId: String, $workerIds: [ID!]!) {\n  promotionBasis(orgId: $orgId, workerIds: $workerIds) {\n    rules {\n      axis\n      toStage\n      requiredCourseCodes\n      minWorkMinutes\n    }\n    completions {\n      workerId\n      courseCodes\n    }\n  }\n}": typeof types.PromotionBasisDocument,
    "mutation RecordEnrollment($orgId: String, $workerId: ID!, $courseOrgId: String, $courseId: ID!, $actorId: String!, $actorOrgId: String) {\n  recordEnrollment(\n    orgId: $orgId\n    workerId: $workerId\n    courseOrgId: $courseOrgId\n    courseId: $courseId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n  ) {\n    orgId\n    id\n  }\n}": typeof types.RecordEnrollmentDocument,
    "mutation RecordFeasibilityCheck($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $periodFrom: String!, $periodTo: String!, $own: [StageCapacityInput!]!, $partners: [StageCapacityInput!]!) {\n  recordFeasibilityCheck(\n    orgId: $orgId\n    orderId: $orderId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    own: $own\n    partners: $partners\n  ) {\n    orgId\n    id\n  }\n}": typeof types.RecordFeasibilityCheckDocument,
    "mutation RecordOrderLeadWorker($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $leadWorkerOrgId: String, $leadWorkerId: ID) {\n  recordOrderLeadWorker(\n    orgId: $orgId\n    orderId: $orderId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    leadWorkerOrgId: $leadWorkerOrgId\n    leadWorkerId: $leadWorkerId\n  ) {\n    orgId\n    id\n  }\n}": typeof types.RecordOrderLeadWorkerDocument,
    "mutation RecordSettlement($orgId: String, $partnerOrgId: String!, $month: String!, $actorId: String!, $actorOrgId: String, $claimIds: [ID!]!, $months: [String!]!, $progress: [ClaimMinutesInput!]!) {\n  recordSettlement(\n    orgId: $orgId\n    partnerOrgId: $partnerOrgId\n    month: $month\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    claimIds: $claimIds\n    months: $months\n    progress: $progress\n  ) {\n    orgId\n    id\n  }\n}": typeof types.RecordSettlementDocument,
    "query ReferableWorker($orgId: String, $id: ID!) {\n  referableWorker(orgId: $orgId, id: $id) {\n    orgId\n    id\n  }\n}": typeof types.ReferableWorkerDocument,
    "query SettlementBasis($orgId: String, $partnerOrgId: String!, $month: String!) {\n  settlementBasis(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {\n    claimIds\n    months\n  }\n}": typeof types.SettlementBasisDocument,
    "query TaskRequirements($orgId: String, $taskId: ID!) {\n  taskRequirements(orgId: $orgId, taskId: $taskId) {\n    orgId\n    taskId\n    itStage\n    businessStage\n    trainings\n    confidential\n    withholding\n  }\n}": typeof types.TaskRequirementsDocument,
};
const documents: Documents = {
    "query CertifiedEnrollment($orgId: String, $enrollmentId: ID!) {\n  enrollment(orgId: $orgId, enrollmentId: $enrollmentId) {\n    orgId\n    id\n    workerId\n    courseCode\n    courseTitle\n    status\n    score\n    evaluation\n    completedAt\n  }\n}": types.CertifiedEnrollmentDocument,
    "query ConsortiumFreeCapacity($from: String!, $to: String!) {\n  consortiumCapacity(from: $from, to: $to) {\n    orgId\n    byStage {\n      stage\n      freeMinutes\n    }\n  }\n}": types.ConsortiumFreeCapacityDocument,
    "query FeasibilityPeriod($orgId: String, $orderId: ID!) {\n  feasibilityPeriod(orgId: $orgId, orderId: $orderId) {\n    orderId\n    from\n    to\n    requiredStage\n    requiredMinutes\n  }\n}": types.FeasibilityPeriodDocument,
    "query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {\n  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)\n}": types.MissingTrainingsDocument,
    "query OwnEnrollments($orgId: String, $workerId: ID!) {\n  workerEnrollments(orgId: $orgId, workerId: $workerId) {\n    orgId\n    id\n    workerId\n    courseOrgId\n    courseId\n    courseCode\n    courseTitle\n    status\n    enrolledAt\n    score\n    evaluation\n    evaluationComment\n    completedAt\n  }\n}": types.OwnEnrollmentsDocument,
    "query PartnerClaimProgress($orgId: String, $claimIds: [ID!]!, $from: String, $to: String) {\n  claimProgress(orgId: $orgId, claimIds: $claimIds, from: $from, to: $to) {\n    claimId\n    approvedMinutes\n  }\n}": types.PartnerClaimProgressDocument,
    "query PoolClaims($orgId: String, $ids: [ID!]) {\n  poolClaims(orgId: $orgId, ids: $ids) {\n    id\n    status\n    claimantOrgId\n    hours\n    offer {\n      taskId\n      requiredStage\n      requiredTrainings\n      deadline\n    }\n  }\n}": types.PoolClaimsDocument,
    "query PromotionBasis($orgId: String, $workerIds: [ID!]!) {\n  promotionBasis(orgId: $orgId, workerIds: $workerIds) {\n    rules {\n      axis\n      toStage\n      requiredCourseCodes\n      minWorkMinutes\n    }\n    completions {\n      workerId\n      courseCodes\n    }\n  }\n}": types.PromotionBasisDocument,
    "mutation RecordEnrollment($orgId: String, $workerId: ID!, $courseOrgId: String, $courseId: ID!, $actorId: String!, $actorOrgId: String) {\n  recordEnrollment(\n    orgId: $orgId\n    workerId: $workerId\n    courseOrgId: $courseOrgId\n    courseId: $courseId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n  ) {\n    orgId\n    id\n  }\n}": types.RecordEnrollmentDocument,
    "mutation RecordFeasibilityCheck($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $periodFrom: String!, $periodTo: String!, $own: [StageCapacityInput!]!, $partners: [StageCapacityInput!]!) {\n  recordFeasibilityCheck(\n    orgId: $orgId\n    orderId: $orderId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    own: $own\n    partners: $partners\n  ) {\n    orgId\n    id\n  }\n}": types.RecordFeasibilityCheckDocument,
    "mutation RecordOrderLeadWorker($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $leadWorkerOrgId: String, $leadWorkerId: ID) {\n  recordOrderLeadWorker(\n    orgId: $orgId\n    orderId: $orderId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    leadWorkerOrgId: $leadWorkerOrgId\n    leadWorkerId: $leadWorkerId\n  ) {\n    orgId\n    id\n  }\n}": types.RecordOrderLeadWorkerDocument,
    "mutation RecordSettlement($orgId: String, $partnerOrgId: String!, $month: String!, $actorId: String!, $actorOrgId: String, $claimIds: [ID!]!, $months: [String!]!, $progress: [ClaimMinutesInput!]!) {\n  recordSettlement(\n    orgId: $orgId\n    partnerOrgId: $partnerOrgId\n    month: $month\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    claimIds: $claimIds\n    months: $months\n    progress: $progress\n  ) {\n    orgId\n    id\n  }\n}": types.RecordSettlementDocument,
    "query ReferableWorker($orgId: String, $id: ID!) {\n  referableWorker(orgId: $orgId, id: $id) {\n    orgId\n    id\n  }\n}": types.ReferableWorkerDocument,
    "query SettlementBasis($orgId: String, $partnerOrgId: String!, $month: String!) {\n  settlementBasis(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {\n    claimIds\n    months\n  }\n}": types.SettlementBasisDocument,
    "query TaskRequirements($orgId: String, $taskId: ID!) {\n  taskRequirements(orgId: $orgId, taskId: $taskId) {\n    orgId\n    taskId\n    itStage\n    businessStage\n    trainings\n    confidential\n    withholding\n  }\n}": types.TaskRequirementsDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CertifiedEnrollment($orgId: String, $enrollmentId: ID!) {\n  enrollment(orgId: $orgId, enrollmentId: $enrollmentId) {\n    orgId\n    id\n    workerId\n    courseCode\n    courseTitle\n    status\n    score\n    evaluation\n    completedAt\n  }\n}"): typeof import('./graphql').CertifiedEnrollmentDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ConsortiumFreeCapacity($from: String!, $to: String!) {\n  consortiumCapacity(from: $from, to: $to) {\n    orgId\n    byStage {\n      stage\n      freeMinutes\n    }\n  }\n}"): typeof import('./graphql').ConsortiumFreeCapacityDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FeasibilityPeriod($orgId: String, $orderId: ID!) {\n  feasibilityPeriod(orgId: $orgId, orderId: $orderId) {\n    orderId\n    from\n    to\n    requiredStage\n    requiredMinutes\n  }\n}"): typeof import('./graphql').FeasibilityPeriodDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {\n  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)\n}"): typeof import('./graphql').MissingTrainingsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query OwnEnrollments($orgId: String, $workerId: ID!) {\n  workerEnrollments(orgId: $orgId, workerId: $workerId) {\n    orgId\n    id\n    workerId\n    courseOrgId\n    courseId\n    courseCode\n    courseTitle\n    status\n    enrolledAt\n    score\n    evaluation\n    evaluationComment\n    completedAt\n  }\n}"): typeof import('./graphql').OwnEnrollmentsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PartnerClaimProgress($orgId: String, $claimIds: [ID!]!, $from: String, $to: String) {\n  claimProgress(orgId: $orgId, claimIds: $claimIds, from: $from, to: $to) {\n    claimId\n    approvedMinutes\n  }\n}"): typeof import('./graphql').PartnerClaimProgressDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PoolClaims($orgId: String, $ids: [ID!]) {\n  poolClaims(orgId: $orgId, ids: $ids) {\n    id\n    status\n    claimantOrgId\n    hours\n    offer {\n      taskId\n      requiredStage\n      requiredTrainings\n      deadline\n    }\n  }\n}"): typeof import('./graphql').PoolClaimsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PromotionBasis($orgId: String, $workerIds: [ID!]!) {\n  promotionBasis(orgId: $orgId, workerIds: $workerIds) {\n    rules {\n      axis\n      toStage\n      requiredCourseCodes\n      minWorkMinutes\n    }\n    completions {\n      workerId\n      courseCodes\n    }\n  }\n}"): typeof import('./graphql').PromotionBasisDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordEnrollment($orgId: String, $workerId: ID!, $courseOrgId: String, $courseId: ID!, $actorId: String!, $actorOrgId: String) {\n  recordEnrollment(\n    orgId: $orgId\n    workerId: $workerId\n    courseOrgId: $courseOrgId\n    courseId: $courseId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n  ) {\n    orgId\n    id\n  }\n}"): typeof import('./graphql').RecordEnrollmentDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordFeasibilityCheck($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $periodFrom: String!, $periodTo: String!, $own: [StageCapacityInput!]!, $partners: [StageCapacityInput!]!) {\n  recordFeasibilityCheck(\n    orgId: $orgId\n    orderId: $orderId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    periodFrom: $periodFrom\n    periodTo: $periodTo\n    own: $own\n    partners: $partners\n  ) {\n    orgId\n    id\n  }\n}"): typeof import('./graphql').RecordFeasibilityCheckDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordOrderLeadWorker($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $leadWorkerOrgId: String, $leadWorkerId: ID) {\n  recordOrderLeadWorker(\n    orgId: $orgId\n    orderId: $orderId\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    leadWorkerOrgId: $leadWorkerOrgId\n    leadWorkerId: $leadWorkerId\n  ) {\n    orgId\n    id\n  }\n}"): typeof import('./graphql').RecordOrderLeadWorkerDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordSettlement($orgId: String, $partnerOrgId: String!, $month: String!, $actorId: String!, $actorOrgId: String, $claimIds: [ID!]!, $months: [String!]!, $progress: [ClaimMinutesInput!]!) {\n  recordSettlement(\n    orgId: $orgId\n    partnerOrgId: $partnerOrgId\n    month: $month\n    actorId: $actorId\n    actorOrgId: $actorOrgId\n    claimIds: $claimIds\n    months: $months\n    progress: $progress\n  ) {\n    orgId\n    id\n  }\n}"): typeof import('./graphql').RecordSettlementDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReferableWorker($orgId: String, $id: ID!) {\n  referableWorker(orgId: $orgId, id: $id) {\n    orgId\n    id\n  }\n}"): typeof import('./graphql').ReferableWorkerDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SettlementBasis($orgId: String, $partnerOrgId: String!, $month: String!) {\n  settlementBasis(orgId: $orgId, partnerOrgId: $partnerOrgId, month: $month) {\n    claimIds\n    months\n  }\n}"): typeof import('./graphql').SettlementBasisDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query TaskRequirements($orgId: String, $taskId: ID!) {\n  taskRequirements(orgId: $orgId, taskId: $taskId) {\n    orgId\n    taskId\n    itStage\n    businessStage\n    trainings\n    confidential\n    withholding\n  }\n}"): typeof import('./graphql').TaskRequirementsDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
