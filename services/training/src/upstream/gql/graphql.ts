/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type SharedCoursesQueryVariables = Exact<{
  orgId?: string | null | undefined;
}>;


export type SharedCoursesQuery = { sharedCourses: Array<{ orgId: string, id: string, code: string, title: string }> };

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