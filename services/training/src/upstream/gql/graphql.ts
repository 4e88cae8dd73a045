/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Skill stage per the skill map (スキルマップ, version 2): A (entry), B, C (most advanced). */
export type SkillStageV2 =
  /** Entry level: basic PC operation; delivers what is asked on time. */
  | 'A'
  /** Between A and C. */
  | 'B'
  /** Most advanced: specialised software; works on own judgement. */
  | 'C';

export type WorkerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'REGISTERED';

export type LinkedWorkerQueryVariables = Exact<{ [key: string]: never; }>;


export type LinkedWorkerQuery = { me: { orgId: string, id: string, familyName: string | null, givenName: string | null } | null };

export type SharedCoursesQueryVariables = Exact<{
  orgId?: string | null | undefined;
}>;


export type SharedCoursesQuery = { sharedCourses: Array<{ orgId: string, id: string, code: string, title: string }> };

export type WorkerNameQueryVariables = Exact<{
  orgId?: string | null | undefined;
  id: string | number;
}>;


export type WorkerNameQuery = { worker: { familyName: string | null, givenName: string | null } | null };

export type WorkerSkillsQueryVariables = Exact<{
  orgId?: string | null | undefined;
  id: string | number;
}>;


export type WorkerSkillsQuery = { worker: { id: string, status: WorkerStatus | null, itStage: SkillStageV2, businessStage: SkillStageV2 } | null };

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

export const LinkedWorkerDocument = new TypedDocumentString(`
    query LinkedWorker {
  me {
    orgId
    id
    familyName
    givenName
  }
}
    `) as unknown as TypedDocumentString<LinkedWorkerQuery, LinkedWorkerQueryVariables>;
export const SharedCoursesDocument = new TypedDocumentString(`
    query SharedCourses($orgId: String) {
  sharedCourses(orgId: $orgId) {
    orgId
    id
    code
    title
  }
}
    `) as unknown as TypedDocumentString<SharedCoursesQuery, SharedCoursesQueryVariables>;
export const WorkerNameDocument = new TypedDocumentString(`
    query WorkerName($orgId: String, $id: ID!) {
  worker(orgId: $orgId, id: $id) {
    familyName
    givenName
  }
}
    `) as unknown as TypedDocumentString<WorkerNameQuery, WorkerNameQueryVariables>;
export const WorkerSkillsDocument = new TypedDocumentString(`
    query WorkerSkills($orgId: String, $id: ID!) {
  worker(orgId: $orgId, id: $id) {
    id
    status
    itStage
    businessStage
  }
}
    `) as unknown as TypedDocumentString<WorkerSkillsQuery, WorkerSkillsQueryVariables>;