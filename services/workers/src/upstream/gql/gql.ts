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
    "query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {\n  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)\n}": typeof types.MissingTrainingsDocument,
    "query PoolClaims($orgId: String, $ids: [ID!]) {\n  poolClaims(orgId: $orgId, ids: $ids) {\n    id\n    status\n    claimantOrgId\n    hours\n    offer {\n      taskId\n      requiredStage\n      requiredTrainings\n      deadline\n    }\n  }\n}": typeof types.PoolClaimsDocument,
    "query SkillStageChange($orgId: String, $id: ID!) {\n  skillStageChange(orgId: $orgId, id: $id) {\n    id\n    workerId\n    axis\n    toStage\n    latest\n  }\n}": typeof types.SkillStageChangeDocument,
    "query TaskRequirements($orgId: String, $taskId: ID!) {\n  taskRequirements(orgId: $orgId, taskId: $taskId) {\n    orgId\n    taskId\n    itStage\n    businessStage\n    trainings\n    confidential\n    withholding\n  }\n}": typeof types.TaskRequirementsDocument,
};
const documents: Documents = {
    "query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {\n  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)\n}": types.MissingTrainingsDocument,
    "query PoolClaims($orgId: String, $ids: [ID!]) {\n  poolClaims(orgId: $orgId, ids: $ids) {\n    id\n    status\n    claimantOrgId\n    hours\n    offer {\n      taskId\n      requiredStage\n      requiredTrainings\n      deadline\n    }\n  }\n}": types.PoolClaimsDocument,
    "query SkillStageChange($orgId: String, $id: ID!) {\n  skillStageChange(orgId: $orgId, id: $id) {\n    id\n    workerId\n    axis\n    toStage\n    latest\n  }\n}": types.SkillStageChangeDocument,
    "query TaskRequirements($orgId: String, $taskId: ID!) {\n  taskRequirements(orgId: $orgId, taskId: $taskId) {\n    orgId\n    taskId\n    itStage\n    businessStage\n    trainings\n    confidential\n    withholding\n  }\n}": types.TaskRequirementsDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {\n  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)\n}"): typeof import('./graphql').MissingTrainingsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PoolClaims($orgId: String, $ids: [ID!]) {\n  poolClaims(orgId: $orgId, ids: $ids) {\n    id\n    status\n    claimantOrgId\n    hours\n    offer {\n      taskId\n      requiredStage\n      requiredTrainings\n      deadline\n    }\n  }\n}"): typeof import('./graphql').PoolClaimsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SkillStageChange($orgId: String, $id: ID!) {\n  skillStageChange(orgId: $orgId, id: $id) {\n    id\n    workerId\n    axis\n    toStage\n    latest\n  }\n}"): typeof import('./graphql').SkillStageChangeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query TaskRequirements($orgId: String, $taskId: ID!) {\n  taskRequirements(orgId: $orgId, taskId: $taskId) {\n    orgId\n    taskId\n    itStage\n    businessStage\n    trainings\n    confidential\n    withholding\n  }\n}"): typeof import('./graphql').TaskRequirementsDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
