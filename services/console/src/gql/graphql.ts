/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** STAGE_TOO_LOW: below the required stage on an axis; TRAINING_MISSING: a required course not completed (missingTrainings); NO_NDA: no NDA on file for confidential work; NO_CONSORTIUM_CONSENT: no consent to another member’s work; NO_CAPACITY: the minutes do not fit the monthly cap or availability after what is booked; ALREADY_ASSIGNED: booked on the task already. */
export type CandidateIneligibility =
  | 'ALREADY_ASSIGNED'
  | 'NO_CAPACITY'
  | 'NO_CONSORTIUM_CONSENT'
  | 'NO_NDA'
  | 'STAGE_TOO_LOW'
  | 'TRAINING_MISSING';

export type ClientSector =
  | 'PRIVATE'
  | 'PUBLIC';

export type ConfidentialityLevel =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'OPEN';

export type ContractType =
  | 'JUNIN'
  | 'UKEOI';

export type CourseFormat =
  | 'E_LEARNING'
  | 'IN_PERSON'
  | 'ONLINE_LIVE';

export type CreateAssignmentInput = {
  /** Another member's task is booked only within an approved claim of this org (共同受注): its id at the owner's node. */
  claimId?: string | number | null | undefined;
  /** Pay per hour in yen (0 to 100,000); required for HOURLY pay, left out for PIECE. */
  hourlyRateYen?: string | null | undefined;
  payBasis?: PayBasis;
  /** YYYY-MM-DD */
  periodFrom: string;
  /** YYYY-MM-DD, inclusive */
  periodTo: string;
  /** Pay per piece in yen (0 to 1,000,000); required for PIECE pay, left out for HOURLY. */
  pieceRateYen?: string | null | undefined;
  /** Planned minutes over the period (1 to 200 hours a month for a year at most). */
  plannedMinutes: number;
  taskId: string | number;
  /** The task's org (its federation key with taskId); may be another member's. */
  taskOrgId: string;
  workerId: string | number;
};

export type CreateClientInput = {
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  name: string;
  sector: ClientSector;
};

export type CreateContractInput = {
  clientId: string;
  endsOn: string;
  ndaSigned?: boolean;
  startsOn: string;
  type: ContractType;
};

export type CreateOfferInput = {
  claimId?: string | number | null | undefined;
  /** Pay per hour in yen (0 to 100,000); required for HOURLY pay, left out for PIECE. */
  hourlyRateYen?: string | null | undefined;
  /** The smallest share one worker may take. */
  minimumMinutes?: number;
  mode?: OfferMode;
  note?: string | null | undefined;
  payBasis?: PayBasis;
  /** YYYY-MM-DD */
  periodFrom: string;
  /** YYYY-MM-DD, inclusive */
  periodTo: string;
  /** Pay per piece in yen (0 to 1,000,000); required for PIECE pay, left out for HOURLY. */
  pieceRateYen?: string | null | undefined;
  taskId: string | number;
  /** The task's org; another member's task only within an approved claim of this org (claimId). */
  taskOrgId: string;
  /** Minutes offered in all. */
  totalMinutes: number;
};

export type CreateOrderInput = {
  category: string;
  clientId: string;
  confidentiality?: ConfidentialityLevel;
  /** The contract with the same client the order falls under. */
  contractId?: string | null | undefined;
  deadline: string;
  estimatedHours: number;
  leadWorkerId?: string | null | undefined;
  /** Org of the worker leading the order (may be a partner org). */
  leadWorkerOrgId?: string | null | undefined;
  requiredStage?: SkillStageV2;
  /** Course codes, e.g. SEC-101. */
  requiredTrainings?: Array<string>;
  routine?: boolean;
  sharing?: OrderSharing;
  skillTags?: Array<string>;
  title: string;
  /** Order value in whole yen, up to 10^16. */
  valueYen: string;
};

export type CreateTaskInput = {
  /** Estimated hours (more than 0 for HOURLY pay). */
  hours: number;
  orderId: string;
  payBasis: PayBasis;
  /** Yen per hour or per piece (whole yen, up to 10^16). */
  payRateYen: string;
  /** Pieces; required for PIECE pay, absent for HOURLY. */
  quantity?: number | null | undefined;
  title: string;
  /** Share of the order value in whole yen, up to 10^16. */
  valueYen: string;
};

export type DeliverOrderInput = {
  /** What is handed over, e.g. file names or media. */
  note?: string | null | undefined;
  orderId: string;
};

export type DeliveryStatus =
  | 'ACCEPTED'
  | 'DELIVERED';

export type FeasibilityVerdict =
  | 'FEASIBLE'
  | 'FEASIBLE_WITH_CONSORTIUM'
  | 'SHORT';

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

export type IssueInvoiceInput = {
  clientId: string;
  /** Accepted (検収) orders of the client, one line each; they become INVOICED. */
  orderIds: Array<string>;
  /** 支払期限 (Asia/Tokyo date, not before the issue date); the end of the following month (翌月末) when left out. */
  paymentDueOn?: string | null | undefined;
};

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

export type OfferMode =
  | 'DIRECTOR_PICKS'
  | 'FIRST_COME';

export type OfferStatus =
  | 'FILLED'
  | 'OPEN'
  | 'WITHDRAWN';

/** How a member runs its business: 法人初期 CORPORATE_INITIAL, 法人拡大 CORPORATE_EXPANDED, 自治体運営 MUNICIPALITY_RUN. */
export type OperatingForm =
  | 'CORPORATE_EXPANDED'
  | 'CORPORATE_INITIAL'
  | 'MUNICIPALITY_RUN';

export type OrderSharing =
  | 'CONSORTIUM'
  | 'LOCAL';

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

export type PayBasis =
  | 'HOURLY'
  | 'PIECE';

/** Skill stage per the skill map (スキルマップ, version 2): A (entry), B, C (most advanced). */
export type SkillStageV2 =
  /** Entry level: basic PC operation; delivers what is asked on time. */
  | 'A'
  /** Between A and C. */
  | 'B'
  /** Most advanced: specialised software; works on own judgement. */
  | 'C';

export type TaskStatus =
  | 'OPEN'
  | 'PASSED'
  | 'RETURNED';

export type TimeEntryStatus =
  | 'APPROVED'
  | 'RETURNED'
  | 'SUBMITTED';

export type UpdateClientInput = {
  contactEmail?: string | null | undefined;
  contactName?: string | null | undefined;
  name?: string | null | undefined;
  sector?: ClientSector | null | undefined;
};

export type UpdateContractInput = {
  endsOn?: string | null | undefined;
  /** Whether the client and the org signed a non-disclosure agreement (秘密保持契約). */
  ndaSigned?: boolean | null | undefined;
  startsOn?: string | null | undefined;
  type?: ContractType | null | undefined;
};

export type ConsortiumOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsortiumOverviewQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, operatingForm: OperatingForm }>, memberNodes: Array<{ id: string, orgId: string, subgraph: string, status: NodeStatus }> };

export type OrdersBoardQueryVariables = Exact<{
  first: number;
}>;


export type OrdersBoardQuery = { orders: { nodes: Array<{ orgId: string, id: string, title: string, status: OrderStatus, deadline: string, valueYen: string, estimatedHours: number, progress: number, client: { orgId: string, id: string, name: string } }> } | null };

export type DirectorApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectorApprovalQueueQuery = { submittedTimeEntries: Array<{ orgId: string, id: string, workerId: string, workDate: string, minutes: number, quantity: number | null, note: string | null, assignment: { orgId: string, id: string, task: { orgId: string, id: string, title: string } | null } | null }>, workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null }> } | null };

export type DirectorApproveTimeEntriesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DirectorApproveTimeEntriesMutation = { approveTimeEntries: Array<{ orgId: string, id: string, status: TimeEntryStatus }> };

export type DirectorReturnTimeEntryMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type DirectorReturnTimeEntryMutation = { returnTimeEntry: { orgId: string, id: string, status: TimeEntryStatus, reviewComment: string | null } };

export type DirectorClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectorClientsQuery = { clients: Array<{ orgId: string, id: string, name: string, sector: ClientSector, contactName: string | null, contactEmail: string | null }> | null, contracts: Array<{ orgId: string, id: string, clientId: string, type: ContractType, ndaSigned: boolean, startsOn: string, endsOn: string }> | null };

export type DirectorCreateClientMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type DirectorCreateClientMutation = { createClient: { orgId: string, id: string, name: string } };

export type DirectorCreateContractMutationVariables = Exact<{
  input: CreateContractInput;
}>;


export type DirectorCreateContractMutation = { createContract: { orgId: string, id: string, clientId: string } };

export type DirectorUpdateClientMutationVariables = Exact<{
  id: string | number;
  input: UpdateClientInput;
}>;


export type DirectorUpdateClientMutation = { updateClient: { orgId: string, id: string, name: string, sector: ClientSector, contactName: string | null, contactEmail: string | null } };

export type DirectorUpdateContractMutationVariables = Exact<{
  id: string | number;
  input: UpdateContractInput;
}>;


export type DirectorUpdateContractMutation = { updateContract: { orgId: string, id: string, clientId: string, type: ContractType, ndaSigned: boolean, startsOn: string, endsOn: string } };

export type DirectorInvoicesQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type DirectorInvoicesQuery = { invoices: Array<{ orgId: string, id: string, clientId: string, kind: InvoiceKind, number: number, issuedOn: string, subtotalYen: string, taxYen: string, totalYen: string, lines: Array<{ id: string, description: string, amountYen: string, taxRatePercent: number }> }> | null, clients: Array<{ orgId: string, id: string, name: string }> | null, orders: { nodes: Array<{ orgId: string, id: string, title: string, valueYen: string, client: { orgId: string, id: string, name: string } }> } | null };

export type DirectorIssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type DirectorIssueInvoiceMutation = { issueInvoice: { orgId: string, id: string, number: number, totalYen: string } };

export type DirectorInvoicePdfQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectorInvoicePdfQuery = { invoicePdf: { filename: string, contentType: string, base64: string } };

export type DirectorOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type DirectorOrderQuery = { order: { orgId: string, id: string, title: string, category: string, status: OrderStatus, valueYen: string, estimatedHours: number, deadline: string, requiredStage: SkillStageV2, requiredTrainings: Array<string>, confidentiality: ConfidentialityLevel, taskHoursTotal: number, taskValueTotal: string, progress: number, client: { orgId: string, id: string, name: string, sector: ClientSector }, contract: { orgId: string, id: string, type: ContractType, ndaSigned: boolean, startsOn: string, endsOn: string } | null, feasibility: { orgId: string, id: string, verdict: FeasibilityVerdict, periodFrom: string, periodTo: string, requiredMinutes: number, shortMinutes: number, checkedAt: string, stages: Array<{ stage: SkillStageV2, requiredMinutes: number, freeMinutes: number, shortMinutes: number }> } | null, tasks: Array<{ orgId: string, id: string, title: string, payBasis: PayBasis, hours: number, quantity: number | null, payRateYen: string, valueYen: string, status: TaskStatus, reviewComment: string | null }>, delivery: { orgId: string, id: string, status: DeliveryStatus, amountYen: string, note: string | null, deliveredAt: string, acceptedAt: string | null, acceptanceNote: string | null } | null } | null };

export type DirectorNewOrderOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectorNewOrderOptionsQuery = { clients: Array<{ orgId: string, id: string, name: string, sector: ClientSector }> | null, contracts: Array<{ orgId: string, id: string, clientId: string, type: ContractType, ndaSigned: boolean, startsOn: string, endsOn: string }> | null, businessCategories: Array<{ code: string, sector: ClientSector, nameJa: string, nameEn: string }> | null };

export type DirectorCreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type DirectorCreateOrderMutation = { createOrder: { orgId: string, id: string } };

export type DirectorTransitionOrderMutationVariables = Exact<{
  id: string | number;
  to: OrderStatus;
}>;


export type DirectorTransitionOrderMutation = { transitionOrder: { orgId: string, id: string, status: OrderStatus } };

export type DirectorCheckFeasibilityMutationVariables = Exact<{
  orderId: string | number;
}>;


export type DirectorCheckFeasibilityMutation = { checkFeasibility: { orgId: string, id: string, verdict: FeasibilityVerdict } };

export type DirectorCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type DirectorCreateTaskMutation = { createTask: { orgId: string, id: string } };

export type DirectorPassTaskMutationVariables = Exact<{
  id: string | number;
}>;


export type DirectorPassTaskMutation = { passTask: { orgId: string, id: string, status: TaskStatus } };

export type DirectorReturnTaskMutationVariables = Exact<{
  id: string | number;
  comment: string;
}>;


export type DirectorReturnTaskMutation = { returnTask: { orgId: string, id: string, status: TaskStatus, reviewComment: string | null } };

export type DirectorDeliverOrderMutationVariables = Exact<{
  input: DeliverOrderInput;
}>;


export type DirectorDeliverOrderMutation = { deliverOrder: { orgId: string, id: string, status: DeliveryStatus } };

export type DirectorAcceptDeliveryMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type DirectorAcceptDeliveryMutation = { acceptDelivery: { orgId: string, id: string, status: DeliveryStatus } };

export type DirectorPayMonthQueryVariables = Exact<{
  month: string;
}>;


export type DirectorPayMonthQuery = { payMonth: { orgId: string, month: string, closedAt: string, statementCount: number, grossYen: string, withholdingYen: string, netYen: string } | null, payStatements: Array<{ orgId: string, id: string, month: string, workerId: string, minutes: number, grossYen: string, withholdingBaseYen: string, withholdingYen: string, netYen: string }>, payMonthPreview: { orgId: string, month: string, closed: boolean, ended: boolean, awaitingReview: number, grossYen: string, withholdingYen: string, netYen: string, statements: Array<{ workerId: string, minutes: number, grossYen: string, withholdingBaseYen: string, withholdingYen: string, netYen: string }> }, workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null }> } | null };

export type DirectorClosePayMonthMutationVariables = Exact<{
  month: string;
}>;


export type DirectorClosePayMonthMutation = { closePayMonth: { orgId: string, month: string, statementCount: number, grossYen: string, withholdingYen: string, netYen: string } };

export type DirectorStaffingQueryVariables = Exact<{
  orderId: string | number;
}>;


export type DirectorStaffingQuery = { order: { orgId: string, id: string, title: string, status: OrderStatus, deadline: string, requiredStage: SkillStageV2, requiredTrainings: Array<string>, confidentiality: ConfidentialityLevel, contract: { orgId: string, id: string, startsOn: string, endsOn: string } | null, tasks: Array<{ orgId: string, id: string, title: string, payBasis: PayBasis, hours: number, quantity: number | null, payRateYen: string }> } | null };

export type DirectorTaskCandidatesQueryVariables = Exact<{
  taskOrgId: string;
  taskId: string | number;
  periodFrom: string;
  periodTo: string;
  minutes: number;
}>;


export type DirectorTaskCandidatesQuery = { taskCandidates: { requiredTrainings: Array<string>, eligible: Array<{ reasons: Array<CandidateIneligibility>, freeMinutes: number | null, worker: { orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, itStage: SkillStageV2, businessStage: SkillStageV2, monthlyHourCap: number | null } }>, ineligible: Array<{ reasons: Array<CandidateIneligibility>, missingTrainings: Array<string>, freeMinutes: number | null, worker: { orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, itStage: SkillStageV2, businessStage: SkillStageV2, monthlyHourCap: number | null } }> } };

export type DirectorCreateAssignmentMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type DirectorCreateAssignmentMutation = { createAssignment: { orgId: string, id: string, workerId: string } };

export type DirectorCreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type DirectorCreateOfferMutation = { createOffer: { orgId: string, id: string, status: OfferStatus, recipients: Array<{ workerId: string }> | null } };

export type WorkerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerHomeQuery = { courses: Array<{ orgId: string, id: string, code: string, title: string, format: CourseFormat, durationMinutes: number }> | null };


export const ConsortiumOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operatingForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsortiumOverviewQuery, ConsortiumOverviewQueryVariables>;
export const OrdersBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersBoardQuery, OrdersBoardQueryVariables>;
export const DirectorApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorApprovalQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorApprovalQueueQuery, DirectorApprovalQueueQueryVariables>;
export const DirectorApproveTimeEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorApproveTimeEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorApproveTimeEntriesMutation, DirectorApproveTimeEntriesMutationVariables>;
export const DirectorReturnTimeEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorReturnTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<DirectorReturnTimeEntryMutation, DirectorReturnTimeEntryMutationVariables>;
export const DirectorClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<DirectorClientsQuery, DirectorClientsQueryVariables>;
export const DirectorCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateClientMutation, DirectorCreateClientMutationVariables>;
export const DirectorCreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateContractMutation, DirectorCreateContractMutationVariables>;
export const DirectorUpdateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorUpdateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<DirectorUpdateClientMutation, DirectorUpdateClientMutationVariables>;
export const DirectorUpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorUpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<DirectorUpdateContractMutation, DirectorUpdateContractMutationVariables>;
export const DirectorInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalYen"}},{"kind":"Field","name":{"kind":"Name","value":"taxYen"}},{"kind":"Field","name":{"kind":"Name","value":"totalYen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorInvoicesQuery, DirectorInvoicesQueryVariables>;
export const DirectorIssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorIssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"totalYen"}}]}}]}}]} as unknown as DocumentNode<DirectorIssueInvoiceMutation, DirectorIssueInvoiceMutationVariables>;
export const DirectorInvoicePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorInvoicePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<DirectorInvoicePdfQuery, DirectorInvoicePdfQueryVariables>;
export const DirectorOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"taskHoursTotal"}},{"kind":"Field","name":{"kind":"Name","value":"taskValueTotal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feasibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"shortMinutes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"payRateYen"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceNote"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorOrderQuery, DirectorOrderQueryVariables>;
export const DirectorNewOrderOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorNewOrderOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"nameJa"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DirectorNewOrderOptionsQuery, DirectorNewOrderOptionsQueryVariables>;
export const DirectorCreateOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateOrderMutation, DirectorCreateOrderMutationVariables>;
export const DirectorTransitionOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorTransitionOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorTransitionOrderMutation, DirectorTransitionOrderMutationVariables>;
export const DirectorCheckFeasibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCheckFeasibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkFeasibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]}}]} as unknown as DocumentNode<DirectorCheckFeasibilityMutation, DirectorCheckFeasibilityMutationVariables>;
export const DirectorCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateTaskMutation, DirectorCreateTaskMutationVariables>;
export const DirectorPassTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorPassTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorPassTaskMutation, DirectorPassTaskMutationVariables>;
export const DirectorReturnTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorReturnTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<DirectorReturnTaskMutation, DirectorReturnTaskMutationVariables>;
export const DirectorDeliverOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorDeliverOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliverOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorDeliverOrderMutation, DirectorDeliverOrderMutationVariables>;
export const DirectorAcceptDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorAcceptDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorAcceptDeliveryMutation, DirectorAcceptDeliveryMutationVariables>;
export const DirectorPayMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorPayMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingBaseYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payMonthPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingBaseYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorPayMonthQuery, DirectorPayMonthQueryVariables>;
export const DirectorClosePayMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorClosePayMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePayMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}}]}}]} as unknown as DocumentNode<DirectorClosePayMonthMutation, DirectorClosePayMonthMutationVariables>;
export const DirectorStaffingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorStaffing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"payRateYen"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorStaffingQuery, DirectorStaffingQueryVariables>;
export const DirectorTaskCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorTaskCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskOrgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"missingTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorTaskCandidatesQuery, DirectorTaskCandidatesQueryVariables>;
export const DirectorCreateAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateAssignmentMutation, DirectorCreateAssignmentMutationVariables>;
export const DirectorCreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorCreateOfferMutation, DirectorCreateOfferMutationVariables>;
export const WorkerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]} as unknown as DocumentNode<WorkerHomeQuery, WorkerHomeQueryVariables>;