/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type MissingTrainingsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  workerId: string | number;
  courseCodes: Array<string> | string;
}>;


export type MissingTrainingsQuery = { missingTrainings: Array<string> };

export type PoolClaimsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type PoolClaimsQuery = { poolClaims: Array<{ id: string, status: PoolClaimStatus, claimantOrgId: string, hours: number, offer: { taskId: string, requiredStage: SkillStageV2, requiredTrainings: Array<string>, deadline: string } }> };

export type SkillStageChangeQueryVariables = Exact<{
  orgId?: string | null | undefined;
  id: string | number;
}>;


export type SkillStageChangeQuery = { skillStageChange: { id: string, workerId: string, axis: SkillAxis, toStage: SkillStageV2, latest: boolean } | null };

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

export const MissingTrainingsDocument = new TypedDocumentString(`
    query MissingTrainings($orgId: String, $workerId: ID!, $courseCodes: [String!]!) {
  missingTrainings(orgId: $orgId, workerId: $workerId, courseCodes: $courseCodes)
}
    `) as unknown as TypedDocumentString<MissingTrainingsQuery, MissingTrainingsQueryVariables>;
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
export const SkillStageChangeDocument = new TypedDocumentString(`
    query SkillStageChange($orgId: String, $id: ID!) {
  skillStageChange(orgId: $orgId, id: $id) {
    id
    workerId
    axis
    toStage
    latest
  }
}
    `) as unknown as TypedDocumentString<SkillStageChangeQuery, SkillStageChangeQueryVariables>;
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