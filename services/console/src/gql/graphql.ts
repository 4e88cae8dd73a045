/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CourseFormat =
  | 'E_LEARNING'
  | 'IN_PERSON'
  | 'ONLINE_LIVE';

export type MemberKind =
  | 'MUNICIPALITY'
  | 'OPERATOR'
  | 'SUPPORT_BODY';

export type MemberStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

/** A member node's place in routing: only ACTIVE nodes get traffic. */
export type NodeStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'DOWN'
  | 'INCOMPATIBLE'
  | 'PENDING';

/** How a member runs its business: 法人初期 CORPORATE_INITIAL, 法人拡大 CORPORATE_EXPANDED, 自治体運営 MUNICIPALITY_RUN. */
export type OperatingForm =
  | 'CORPORATE_EXPANDED'
  | 'CORPORATE_INITIAL'
  | 'MUNICIPALITY_RUN';

export type OrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CONTRACTED'
  | 'DELIVERED'
  | 'FEASIBILITY_CHECKED'
  | 'INQUIRY'
  | 'INVOICED'
  | 'IN_PROGRESS'
  | 'PAID';

export type ConsortiumOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsortiumOverviewQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, operatingForm: OperatingForm }>, memberNodes: Array<{ id: string, orgId: string, subgraph: string, status: NodeStatus }> };

export type OrdersBoardQueryVariables = Exact<{
  first: number;
}>;


export type OrdersBoardQuery = { orders: { nodes: Array<{ orgId: string, id: string, title: string, status: OrderStatus, deadline: string, valueYen: string, estimatedHours: number, progress: number, client: { orgId: string, id: string, name: string } }> } | null };

export type WorkerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerHomeQuery = { courses: Array<{ orgId: string, id: string, code: string, title: string, format: CourseFormat, durationMinutes: number }> | null };


export const ConsortiumOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operatingForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsortiumOverviewQuery, ConsortiumOverviewQueryVariables>;
export const OrdersBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersBoardQuery, OrdersBoardQueryVariables>;
export const WorkerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]} as unknown as DocumentNode<WorkerHomeQuery, WorkerHomeQueryVariables>;