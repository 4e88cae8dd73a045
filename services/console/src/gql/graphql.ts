/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AuditActorKind =
  | 'OTHER'
  | 'STAFF'
  | 'WORKER';

export type BankAccountType =
  | 'CHECKING'
  | 'ORDINARY'
  | 'SAVINGS';

export type ChecklistItemCode =
  | 'ACCESS_CONTROL'
  | 'DEVICE_LEDGER'
  | 'FIRST_DIRECTOR_TRAINED'
  | 'FIRST_ORDER_TAKEN'
  | 'INCIDENT_ROUTE'
  | 'LOCKED_WORKSPACE'
  | 'NDA_CLAUSES'
  | 'NDA_TEMPLATES'
  | 'OS_AV_UPDATES'
  | 'PERSONAL_IDS'
  | 'SECURITY_POLICY'
  | 'SECURITY_TRAINING_AT_REGISTRATION';

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

export type DayAvailabilityInput = {
  /** Minutes available that day (0 to 1440 = 24 hours). */
  minutes: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  windows?: Array<TimeWindowInput>;
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

export type InviteStaffLoginInput = {
  /** Where the invitation goes; also the login name. */
  email: string;
  familyName: string;
  givenName: string;
  role: StaffRole;
};

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

export type RecordSalesActivityInput = {
  note?: string | null | undefined;
  outcome: SalesOutcome;
  prospect: string;
  /** Who made the visit (a member of staff). */
  staffName: string;
  /** YYYY-MM-DD, not after today (Asia/Tokyo). */
  visitedOn: string;
};

export type RegisterWorkerInput = {
  address?: string | null | undefined;
  businessStage?: SkillStageV2;
  consortiumConsent?: boolean;
  /** YYYY-MM-DD */
  contractEnd?: string | null | undefined;
  /** YYYY-MM-DD */
  contractStart?: string | null | undefined;
  email?: string | null | undefined;
  familyName: string;
  familyNameKana: string;
  givenName: string;
  givenNameKana: string;
  itStage?: SkillStageV2;
  /** Most hours a month the worker wants to work (0 to 200). */
  monthlyHourCap: number;
  /** YYYY-MM-DD */
  ndaSignedOn?: string | null | undefined;
  phone?: string | null | undefined;
  skillTags?: Array<string>;
  /** Why the worker starts above stage A (an assessment on record): required then, and only an org admin may place them so. */
  stageReason?: string | null | undefined;
  /** The worker's Keycloak user id (`sub`), linking their login to this record. */
  userId?: string | null | undefined;
  weeklyAvailability?: Array<DayAvailabilityInput>;
};

export type SalesOutcome =
  | 'DECLINED'
  | 'FOLLOW_UP'
  | 'INTRODUCED'
  | 'ORDERED'
  | 'PROPOSED';

export type SetInvoiceSettingsInput = {
  address?: string | null | undefined;
  /** 口座名義 as the bank has it. */
  bankAccountHolder?: string | null | undefined;
  /** Account number: 7 digits. */
  bankAccountNumber?: string | null | undefined;
  bankAccountType?: BankAccountType | null | undefined;
  /** 振込先: branch name. */
  bankBranch?: string | null | undefined;
  /** 振込先: bank name. */
  bankName?: string | null | undefined;
  issuerName: string;
  phone?: string | null | undefined;
  /** Qualified-invoice registration number (登録番号), e.g. T1234567890123; omit when not registered. */
  registrationNumber?: string | null | undefined;
};

export type SetPaySettingsInput = {
  accountNumber: string;
  accountType: BankAccountType;
  bankCode: string;
  bankNameKana: string;
  branchCode: string;
  branchNameKana: string;
  /** 締め日, 1–31; 31 means the month’s last day. */
  closingDay: number;
  consignorCode: string;
  consignorNameKana: string;
  /** 支払日, 1–31; 31 means the month’s last day. */
  paymentDay: number;
  /** 0 当月, 1 翌月, 2 翌々月. */
  paymentMonthOffset: number;
};

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

export type StaffRole =
  | 'DIRECTOR'
  | 'ORG_ADMIN';

export type TaskStatus =
  | 'OPEN'
  | 'PASSED'
  | 'RETURNED';

export type TimeEntryStatus =
  | 'APPROVED'
  | 'RETURNED'
  | 'SUBMITTED';

export type TimeWindowInput = {
  /** "HH:MM", after start; "24:00" ends the day. */
  end: string;
  /** "HH:MM", e.g. "09:30". */
  start: string;
};

export type UpdateWorkerInput = {
  address?: string | null | undefined;
  consortiumConsent?: boolean | null | undefined;
  /** YYYY-MM-DD */
  contractEnd?: string | null | undefined;
  /** YYYY-MM-DD */
  contractStart?: string | null | undefined;
  email?: string | null | undefined;
  familyName?: string | null | undefined;
  familyNameKana?: string | null | undefined;
  givenName?: string | null | undefined;
  givenNameKana?: string | null | undefined;
  monthlyHourCap?: number | null | undefined;
  /** YYYY-MM-DD */
  ndaSignedOn?: string | null | undefined;
  phone?: string | null | undefined;
  skillTags?: Array<string> | null | undefined;
  weeklyAvailability?: Array<DayAvailabilityInput> | null | undefined;
};

export type WorkerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'REGISTERED';

export type AdminAuditLogQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  actor?: string | null | undefined;
  action?: string | null | undefined;
  entityType?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { nodes: Array<{ id: string, at: string, actorName: string | null, actorKind: AuditActorKind, action: string, entityType: string, entityId: string, detail: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type AdminStaffLoginsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStaffLoginsQuery = { staffLogins: Array<{ username: string, email: string | null, familyName: string | null, givenName: string | null, role: StaffRole, enabled: boolean }> | null };

export type AdminInviteStaffMutationVariables = Exact<{
  input: InviteStaffLoginInput;
}>;


export type AdminInviteStaffMutation = { inviteStaffLogin: { mailed: boolean, temporaryPassword: string | null, staffLogin: { username: string, role: StaffRole } | null } };

export type AdminSetStaffRoleMutationVariables = Exact<{
  username: string;
  role: StaffRole;
}>;


export type AdminSetStaffRoleMutation = { setStaffLoginRole: { username: string, role: StaffRole } };

export type AdminSetStaffEnabledMutationVariables = Exact<{
  username: string;
  enabled: boolean;
}>;


export type AdminSetStaffEnabledMutation = { setStaffLoginEnabled: { username: string, enabled: boolean } };

export type AdminChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminChecklistQuery = { onboardingChecklist: Array<{ orgId: string, code: ChecklistItemCode, title: string, done: boolean, doneAt: string | null }> };

export type AdminSalesActivitiesQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type AdminSalesActivitiesQuery = { salesActivities: Array<{ orgId: string, id: string, visitedOn: string, prospect: string, outcome: SalesOutcome, staffName: string, note: string | null }> };

export type AdminRecordSalesActivityMutationVariables = Exact<{
  input: RecordSalesActivityInput;
}>;


export type AdminRecordSalesActivityMutation = { recordSalesActivity: { orgId: string, id: string } };

export type AdminKpiSheetFilesQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type AdminKpiSheetFilesQuery = { kpiSheetPdf: { filename: string, base64: string }, kpiSheetCsv: { filename: string, content: string } };

export type AdminPaySettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPaySettingsQuery = { paySettings: { orgId: string, closingDay: number, paymentMonthOffset: number, paymentDay: number, consignorCode: string, consignorNameKana: string, bankCode: string, bankNameKana: string, branchCode: string, branchNameKana: string, accountType: BankAccountType, accountNumber: string, calendarText: string } | null };

export type AdminSetPaySettingsMutationVariables = Exact<{
  input: SetPaySettingsInput;
}>;


export type AdminSetPaySettingsMutation = { setPaySettings: { orgId: string, closingDay: number, paymentMonthOffset: number, paymentDay: number, calendarText: string } };

export type AdminInvoiceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminInvoiceSettingsQuery = { invoiceSettings: { orgId: string, issuerName: string, registrationNumber: string | null, address: string | null, phone: string | null, bankName: string | null, bankBranch: string | null, bankAccountType: BankAccountType | null, bankAccountNumber: string | null, bankAccountHolder: string | null, missingForIssue: Array<string> } | null };

export type AdminSetInvoiceSettingsMutationVariables = Exact<{
  input: SetInvoiceSettingsInput;
}>;


export type AdminSetInvoiceSettingsMutation = { setInvoiceSettings: { orgId: string, issuerName: string, missingForIssue: Array<string> } };

export type AdminWorkersQueryVariables = Exact<{
  status?: WorkerStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminWorkersQuery = { workers: { nodes: Array<{ orgId: string, id: string, status: WorkerStatus | null, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, email: string | null, phone: string | null, address: string | null, contractStart: string | null, contractEnd: string | null, ndaSignedOn: string | null, itStage: SkillStageV2, businessStage: SkillStageV2, skillTags: Array<string>, monthlyHourCap: number | null, consortiumConsent: boolean | null, hasLogin: boolean | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type AdminRegisterWorkerMutationVariables = Exact<{
  input: RegisterWorkerInput;
}>;


export type AdminRegisterWorkerMutation = { registerWorker: { orgId: string, id: string, familyName: string | null, givenName: string | null } };

export type AdminUpdateWorkerMutationVariables = Exact<{
  id: string | number;
  input: UpdateWorkerInput;
}>;


export type AdminUpdateWorkerMutation = { updateWorker: { orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, email: string | null, phone: string | null, address: string | null, contractStart: string | null, contractEnd: string | null, ndaSignedOn: string | null, monthlyHourCap: number | null, consortiumConsent: boolean | null } };

export type AdminSetWorkerStatusMutationVariables = Exact<{
  id: string | number;
  status: WorkerStatus;
}>;


export type AdminSetWorkerStatusMutation = { setWorkerStatus: { orgId: string, id: string, status: WorkerStatus | null } };

export type AdminInviteWorkerLoginMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminInviteWorkerLoginMutation = { inviteWorkerLogin: { mailed: boolean, temporaryPassword: string | null, worker: { orgId: string, id: string, hasLogin: boolean | null } | null } };

export type AdminOverrideStageMutationVariables = Exact<{
  workerId: string | number;
  axis: SkillAxis;
  stage: SkillStageV2;
  reason: string;
}>;


export type AdminOverrideStageMutation = { overrideSkillStage: { id: string } };

export type AdminSensitiveNotesQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminSensitiveNotesQuery = { workerSensitiveNotes: string | null };

export type AdminSetSensitiveNotesMutationVariables = Exact<{
  id: string | number;
  notes?: string | null | undefined;
}>;


export type AdminSetSensitiveNotesMutation = { setWorkerSensitiveNotes: boolean };

export type AdminCertificatesQueryVariables = Exact<{
  workerId: string | number;
  from: string;
  to: string;
}>;


export type AdminCertificatesQuery = { workCertificate: { filename: string, base64: string }, paymentCertificate: { filename: string, base64: string } };

export type ConsortiumOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsortiumOverviewQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, operatingForm: OperatingForm }>, memberNodes: Array<{ id: string, orgId: string, subgraph: string, status: NodeStatus }> };

export type OrdersBoardQueryVariables = Exact<{
  first: number;
}>;


export type OrdersBoardQuery = { orders: { nodes: Array<{ orgId: string, id: string, title: string, status: OrderStatus, deadline: string, valueYen: string, estimatedHours: number, progress: number, client: { orgId: string, id: string, name: string } }> } | null };

export type DirectorApprovalWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectorApprovalWorkersQuery = { workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null }> } | null };

export type DirectorWorkerAssignmentsQueryVariables = Exact<{
  workerId: string | number;
}>;


export type DirectorWorkerAssignmentsQuery = { workerAssignments: Array<{ orgId: string, id: string, workerId: string, periodFrom: string, periodTo: string, task: { orgId: string, id: string, title: string } | null }> };

export type DirectorAssignmentEntriesQueryVariables = Exact<{
  assignmentId: string | number;
}>;


export type DirectorAssignmentEntriesQuery = { timeEntries: Array<{ orgId: string, id: string, assignmentId: string, workerId: string, workDate: string, minutes: number, quantity: number | null, note: string | null, status: TimeEntryStatus, reviewComment: string | null }> };

export type DirectorApproveTimeEntryMutationVariables = Exact<{
  id: string | number;
}>;


export type DirectorApproveTimeEntryMutation = { approveTimeEntry: { orgId: string, id: string, status: TimeEntryStatus } };

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


export type DirectorPayMonthQuery = { payMonth: { orgId: string, month: string, closedAt: string, statementCount: number, grossYen: string, withholdingYen: string, netYen: string } | null, payStatements: Array<{ orgId: string, id: string, month: string, workerId: string, minutes: number, grossYen: string, withholdingBaseYen: string, withholdingYen: string, netYen: string }>, workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null }> } | null };

export type DirectorClosePayMonthMutationVariables = Exact<{
  month: string;
}>;


export type DirectorClosePayMonthMutation = { closePayMonth: { orgId: string, month: string, statementCount: number, grossYen: string, withholdingYen: string, netYen: string } };

export type DirectorStaffingQueryVariables = Exact<{
  orderId: string | number;
}>;


export type DirectorStaffingQuery = { order: { orgId: string, id: string, title: string, status: OrderStatus, deadline: string, requiredStage: SkillStageV2, requiredTrainings: Array<string>, confidentiality: ConfidentialityLevel, contract: { orgId: string, id: string, startsOn: string, endsOn: string } | null, tasks: Array<{ orgId: string, id: string, title: string, payBasis: PayBasis, hours: number, quantity: number | null, payRateYen: string }> } | null, workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null, itStage: SkillStageV2, businessStage: SkillStageV2, ndaSignedOn: string | null, monthlyHourCap: number | null }> } | null };

export type DirectorCreateAssignmentMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type DirectorCreateAssignmentMutation = { createAssignment: { orgId: string, id: string, workerId: string } };

export type WorkerHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerHomeQuery = { courses: Array<{ orgId: string, id: string, code: string, title: string, format: CourseFormat, durationMinutes: number }> | null };


export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminStaffLoginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminStaffLogins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffLogins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<AdminStaffLoginsQuery, AdminStaffLoginsQueryVariables>;
export const AdminInviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteStaffLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteStaffLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailed"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"staffLogin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<AdminInviteStaffMutation, AdminInviteStaffMutationVariables>;
export const AdminSetStaffRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetStaffRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffLoginRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AdminSetStaffRoleMutation, AdminSetStaffRoleMutationVariables>;
export const AdminSetStaffEnabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetStaffEnabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStaffLoginEnabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"enabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<AdminSetStaffEnabledMutation, AdminSetStaffEnabledMutationVariables>;
export const AdminChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}}]}}]} as unknown as DocumentNode<AdminChecklistQuery, AdminChecklistQueryVariables>;
export const AdminSalesActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSalesActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"prospect"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"staffName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AdminSalesActivitiesQuery, AdminSalesActivitiesQueryVariables>;
export const AdminRecordSalesActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRecordSalesActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSalesActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSalesActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminRecordSalesActivityMutation, AdminRecordSalesActivityMutationVariables>;
export const AdminKpiSheetFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminKpiSheetFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiSheetPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpiSheetCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<AdminKpiSheetFilesQuery, AdminKpiSheetFilesQueryVariables>;
export const AdminPaySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminPaySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paySettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"closingDay"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMonthOffset"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}},{"kind":"Field","name":{"kind":"Name","value":"consignorCode"}},{"kind":"Field","name":{"kind":"Name","value":"consignorNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"bankCode"}},{"kind":"Field","name":{"kind":"Name","value":"bankNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"branchCode"}},{"kind":"Field","name":{"kind":"Name","value":"branchNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"accountType"}},{"kind":"Field","name":{"kind":"Name","value":"accountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"calendarText"}}]}}]}}]} as unknown as DocumentNode<AdminPaySettingsQuery, AdminPaySettingsQueryVariables>;
export const AdminSetPaySettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetPaySettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPaySettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPaySettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"closingDay"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMonthOffset"}},{"kind":"Field","name":{"kind":"Name","value":"paymentDay"}},{"kind":"Field","name":{"kind":"Name","value":"calendarText"}}]}}]}}]} as unknown as DocumentNode<AdminSetPaySettingsMutation, AdminSetPaySettingsMutationVariables>;
export const AdminInvoiceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminInvoiceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"bankName"}},{"kind":"Field","name":{"kind":"Name","value":"bankBranch"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountType"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountNumber"}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountHolder"}},{"kind":"Field","name":{"kind":"Name","value":"missingForIssue"}}]}}]}}]} as unknown as DocumentNode<AdminInvoiceSettingsQuery, AdminInvoiceSettingsQueryVariables>;
export const AdminSetInvoiceSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetInvoiceSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetInvoiceSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInvoiceSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"issuerName"}},{"kind":"Field","name":{"kind":"Name","value":"missingForIssue"}}]}}]}}]} as unknown as DocumentNode<AdminSetInvoiceSettingsMutation, AdminSetInvoiceSettingsMutationVariables>;
export const AdminWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"skillTags"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumConsent"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWorkersQuery, AdminWorkersQueryVariables>;
export const AdminRegisterWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<AdminRegisterWorkerMutation, AdminRegisterWorkerMutationVariables>;
export const AdminUpdateWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumConsent"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateWorkerMutation, AdminUpdateWorkerMutationVariables>;
export const AdminSetWorkerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetWorkerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminSetWorkerStatusMutation, AdminSetWorkerStatusMutationVariables>;
export const AdminInviteWorkerLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteWorkerLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteWorkerLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailed"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}}]}}]}}]} as unknown as DocumentNode<AdminInviteWorkerLoginMutation, AdminInviteWorkerLoginMutationVariables>;
export const AdminOverrideStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOverrideStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"axis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillAxis"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillStageV2"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideSkillStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"axis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"axis"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminOverrideStageMutation, AdminOverrideStageMutationVariables>;
export const AdminSensitiveNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSensitiveNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerSensitiveNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AdminSensitiveNotesQuery, AdminSensitiveNotesQueryVariables>;
export const AdminSetSensitiveNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetSensitiveNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkerSensitiveNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}]}}]} as unknown as DocumentNode<AdminSetSensitiveNotesMutation, AdminSetSensitiveNotesMutationVariables>;
export const AdminCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<AdminCertificatesQuery, AdminCertificatesQueryVariables>;
export const ConsortiumOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsortiumOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"operatingForm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsortiumOverviewQuery, ConsortiumOverviewQueryVariables>;
export const OrdersBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersBoardQuery, OrdersBoardQueryVariables>;
export const DirectorApprovalWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorApprovalWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorApprovalWorkersQuery, DirectorApprovalWorkersQueryVariables>;
export const DirectorWorkerAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorWorkerAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorWorkerAssignmentsQuery, DirectorWorkerAssignmentsQueryVariables>;
export const DirectorAssignmentEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorAssignmentEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<DirectorAssignmentEntriesQuery, DirectorAssignmentEntriesQueryVariables>;
export const DirectorApproveTimeEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorApproveTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorApproveTimeEntryMutation, DirectorApproveTimeEntryMutationVariables>;
export const DirectorReturnTimeEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorReturnTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<DirectorReturnTimeEntryMutation, DirectorReturnTimeEntryMutationVariables>;
export const DirectorClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<DirectorClientsQuery, DirectorClientsQueryVariables>;
export const DirectorCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateClientMutation, DirectorCreateClientMutationVariables>;
export const DirectorCreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateContractMutation, DirectorCreateContractMutationVariables>;
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
export const DirectorPayMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorPayMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingBaseYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorPayMonthQuery, DirectorPayMonthQueryVariables>;
export const DirectorClosePayMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorClosePayMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePayMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}}]}}]} as unknown as DocumentNode<DirectorClosePayMonthMutation, DirectorClosePayMonthMutationVariables>;
export const DirectorStaffingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorStaffing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"payRateYen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorStaffingQuery, DirectorStaffingQueryVariables>;
export const DirectorCreateAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateAssignmentMutation, DirectorCreateAssignmentMutationVariables>;
export const WorkerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}}]}}]} as unknown as DocumentNode<WorkerHomeQuery, WorkerHomeQueryVariables>;