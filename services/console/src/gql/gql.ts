/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n": typeof types.ConsortiumOverviewDocument,
    "\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrdersBoardDocument,
    "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n": typeof types.WorkerHomeDocument,
};
const documents: Documents = {
    "\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n": types.ConsortiumOverviewDocument,
    "\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrdersBoardDocument,
    "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n": types.WorkerHomeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n"): (typeof documents)["\n  query ConsortiumOverview {\n    consortiumMembers {\n      id\n      name\n      kind\n      status\n      operatingForm\n    }\n    memberNodes {\n      id\n      orgId\n      subgraph\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrdersBoard($first: Int!) {\n    orders(first: $first) {\n      nodes {\n        orgId\n        id\n        title\n        status\n        deadline\n        valueYen\n        estimatedHours\n        progress\n        client {\n          orgId\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n"): (typeof documents)["\n  query WorkerHome {\n    courses {\n      orgId\n      id\n      code\n      title\n      format\n      durationMinutes\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;