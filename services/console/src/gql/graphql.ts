/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AskTaskQuestionInput = {
  body: string;
  taskId: string | number;
  taskOrgId: string;
};

export type AuditActorKind =
  | 'OTHER'
  | 'STAFF'
  | 'WORKER';

export type BankAccountType =
  | 'CHECKING'
  | 'ORDINARY'
  | 'SAVINGS';

/** STAGE_TOO_LOW: below the required stage on an axis; TRAINING_MISSING: a required course not completed (missingTrainings); NO_NDA: no NDA on file for confidential work; NO_CONSORTIUM_CONSENT: no consent to another member’s work; NO_CAPACITY: the minutes do not fit the monthly cap or availability after what is booked; ALREADY_ASSIGNED: booked on the task already. */
export type CandidateIneligibility =
  | 'ALREADY_ASSIGNED'
  | 'NO_CAPACITY'
  | 'NO_CONSORTIUM_CONSENT'
  | 'NO_NDA'
  | 'STAGE_TOO_LOW'
  | 'TRAINING_MISSING';

export type ChecklistCategory =
  | 'READINESS'
  | 'SECURITY';

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

/** A gateway replica's circuit breaker for a node: OPEN fails fast (the node kept failing), HALF_OPEN lets one probe through. */
export type CircuitState =
  | 'CLOSED'
  | 'HALF_OPEN'
  | 'OPEN';

export type ClientSector =
  | 'PRIVATE'
  | 'PUBLIC';

export type ConfidentialityLevel =
  | 'CONFIDENTIAL'
  | 'INTERNAL'
  | 'OPEN';

export type ContractTemplateKind =
  | 'NDA'
  | 'SERVICE_CONTRACT';

export type ContractType =
  | 'JUNIN'
  | 'UKEOI';

export type CourseCategory =
  | 'BASIC'
  | 'BUSINESS_SKILL'
  | 'CAREER'
  | 'IT_SKILL'
  | 'ON_THE_JOB'
  | 'WORK_TRIAL';

export type CourseFormat =
  | 'E_LEARNING'
  | 'IN_PERSON'
  | 'ONLINE_LIVE';

export type CourseVisibility =
  | 'CONSORTIUM'
  | 'LOCAL';

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

export type CreateCourseInput = {
  category: CourseCategory;
  /** Unique within the org: upper-case letters, digits and hyphens, e.g. SEC-101. */
  code: string;
  description?: string;
  /** Length of the course in minutes (1 to 60,000). */
  durationMinutes: number;
  format: CourseFormat;
  title: string;
  visibility?: CourseVisibility;
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

export type CreateProjectInput = {
  /** The lead member; it must be among memberOrgIds. */
  leadOrgId: string;
  /** Every member, the lead included, each once. */
  memberOrgIds: Array<string>;
  /** Unique, e.g. "長野県広域テレワーク推進事業". */
  name: string;
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

/** A function a municipality-run member's partner operator performs for it: 受託確認 FEASIBILITY_CHECK, 契約 CLIENT_CONTRACT, 請求 INVOICING, 基本契約 BASIC_CONTRACT, アサイン ASSIGNMENT, 作業委託契約 COMMISSION_CONTRACT, 勤怠管理 ATTENDANCE, 支払い PAYMENT. */
export type DelegatedFunction =
  | 'ASSIGNMENT'
  | 'ATTENDANCE'
  | 'BASIC_CONTRACT'
  | 'CLIENT_CONTRACT'
  | 'COMMISSION_CONTRACT'
  | 'FEASIBILITY_CHECK'
  | 'INVOICING'
  | 'PAYMENT';

export type DeliverOrderInput = {
  /** What is handed over, e.g. file names or media. */
  note?: string | null | undefined;
  orderId: string;
};

export type DeliveryStatus =
  | 'ACCEPTED'
  | 'DELIVERED';

export type EnrollmentStatus =
  | 'COMPLETED'
  | 'ENROLLED';

export type FeasibilityVerdict =
  | 'FEASIBLE'
  | 'FEASIBLE_WITH_CONSORTIUM'
  | 'SHORT';

/** The member's first org-admin, created in Keycloak with a temporary password. */
export type FirstAdminInput = {
  email: string;
  firstName: string;
  lastName: string;
  /** Login name, e.g. "omachi-admin". */
  username: string;
};

/** What a history import enters (see docs/history-import.md). */
export type HistoryImportKind =
  | 'INVOICES'
  | 'INVOICE_PAYMENTS'
  | 'ORDERS'
  | 'PAY_STATEMENTS'
  | 'SETTLEMENTS'
  | 'WORKERS';

/** The member's own OpenID Connect identity provider, brokered into the consortium realm. */
export type IdentityProviderInput = {
  /** Keycloak alias, e.g. "omachi-idp". */
  alias: string;
  clientId: string;
  /** Stored in Keycloak only; never in the consortium database or its audit log. */
  clientSecret: string;
  displayName: string;
  /** Issuer URL; the endpoints are read from its /.well-known/openid-configuration. */
  issuer: string;
};

/** A CSV file of past records (UTF-8 with or without BOM, or Shift_JIS as Excel writes it). */
export type ImportHistoryInput = {
  /** The file's bytes, base64-encoded (bytes, so Shift_JIS survives JSON). */
  csvBase64: string;
  /** true: check every row and write nothing. */
  dryRun: boolean;
  /** The file name, kept with the batch. */
  fileName: string;
  kind: HistoryImportKind;
};

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

export type Kpi =
  | 'ACTIVE_WORKERS'
  | 'AVERAGE_PAY_PER_ACTIVE_WORKER'
  | 'CLIENTS'
  | 'DIRECTORS'
  | 'NET_RESULT'
  | 'NEW_MUNICIPALITIES'
  | 'NON_ROUTINE_ORDER_VALUE'
  | 'ORDER_COUNT'
  | 'ORDER_VALUE'
  | 'PRIVATE_ORDER_VALUE'
  | 'PUBLIC_ORDER_VALUE'
  | 'REGISTERED_WORKERS'
  | 'ROUTINE_ORDER_VALUE'
  | 'SALES_VISITS'
  | 'SHARED_WORK_COST'
  | 'SHARED_WORK_INCOME'
  | 'SHARED_WORK_MINUTES'
  | 'SHARED_WORK_PAY'
  | 'TOTAL_WORKER_PAY'
  | 'WORKERS_EARNING_10000'
  | 'WORKER_REGISTRATIONS';

export type KpiYearIncreaseInput = {
  fiscalYear: number;
  /** 単年度目標: 0 or more (a target of 0 has no rate). */
  increase: string;
};

export type LogTimeInput = {
  assignmentId: string | number;
  /** The returned (差戻し) entry of the same assignment and day that this one corrects. When that month's pay is already closed, the correction is paid in the next open month as an adjustment naming the month worked. */
  correctsEntryId?: string | number | null | undefined;
  /** Chosen by the client per submission (a UUID, say): a retry with the same key returns the first entry. */
  idempotencyKey: string;
  /** Minutes worked that day (1 to 1440). */
  minutes: number;
  note?: string | null | undefined;
  /** Pieces delivered that day (1 to 1,000,000): required when the assignment pays per piece, left out otherwise. */
  quantity?: number | null | undefined;
  /** The day worked, YYYY-MM-DD, within the assignment period and not after today (Asia/Tokyo). */
  workDate: string;
};

export type MemberKind =
  | 'MUNICIPALITY'
  | 'OPERATOR'
  | 'SUPPORT_BODY';

/** Where a member's data lives: OWN_NODES, or HOSTED on its partner operator's nodes (no servers of its own). */
export type MemberPlacement =
  | 'HOSTED'
  | 'OWN_NODES';

export type MemberStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type MyAssignmentStatus =
  | 'ACTIVE'
  | 'ENDED'
  | 'UPCOMING';

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

export type OfferResponse =
  | 'ACCEPTED'
  | 'BOOKING'
  | 'DECLINED'
  | 'PENDING'
  | 'RAISED';

export type OfferStatus =
  | 'FILLED'
  | 'OPEN'
  | 'WITHDRAWN';

export type OnboardMemberInput = {
  /** E-mail domain of the member, e.g. "omachi.kyodo.example". */
  domain: string;
  firstAdmin: FirstAdminInput;
  /** Org id, also the alias of its Keycloak organization, e.g. "omachi". */
  id: string;
  identityProvider?: IdentityProviderInput | null | undefined;
  kind: MemberKind;
  name: string;
  /** OWN_NODES: one node each for orders, workers and training. HOSTED: none (its host's registered nodes serve it). */
  nodes?: Array<OnboardNodeInput> | null | undefined;
  operatingForm: OperatingForm;
  /** Required for MUNICIPALITY_RUN, refused otherwise: the member that contracts and pays for it. */
  partnerOperatorId?: string | null | undefined;
  /** Where its data lives. Default: HOSTED on the partner operator's nodes for MUNICIPALITY_RUN (no servers of its own), OWN_NODES otherwise. */
  placement?: MemberPlacement | null | undefined;
  /** Prefecture (都道府県), e.g. 長野県. */
  prefecture: string;
};

export type OnboardNodeInput = {
  /** orders, workers or training. */
  subgraph: string;
  timeoutMs?: number | null | undefined;
  /** Base URL of the node. */
  url: string;
};

export type OnboardingStatus =
  | 'COMPLETED'
  | 'SEEDING'
  | 'SEEDING_FAILED';

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

export type PoolClaimStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'PENDING';

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
  /** Date of birth (生年月日), YYYY-MM-DD: personal data, optional; not in the future. */
  dateOfBirth?: string | null | undefined;
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
  /** 就労場所の種別. */
  workLocation?: WorkLocation;
};

export type ReportCsvKind =
  | 'ACHIEVEMENTS'
  | 'KPI_SUMMARY'
  | 'ORDERS_BY_CATEGORY'
  | 'ORDERS_BY_CLIENT'
  | 'SHARED_WORK'
  | 'SHARED_WORK_SETTLEMENTS'
  | 'YEAR_OVER_YEAR';

export type Role =
  | 'ConsortiumAdmin'
  | 'Director'
  | 'OrgAdmin'
  | 'Worker';

export type SalesOutcome =
  | 'DECLINED'
  | 'FOLLOW_UP'
  | 'INTRODUCED'
  | 'ORDERED'
  | 'PROPOSED';

export type SaveBasicContractTemplateInput = {
  /** The contract text (1 to 50,000 characters). */
  body: string;
  /** e.g. 業務委託基本契約書 (1 to 200 characters, one line). */
  title: string;
};

export type SaveContractTemplateInput = {
  /** The contract text (1 to 50,000 characters). */
  body: string;
  kind: ContractTemplateKind;
  /** e.g. 業務委託契約書 (1 to 200 characters, one line). */
  title: string;
};

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

export type SetOperatingCostInput = {
  /** Operating costs in yen (whole yen, 0 or more). */
  amountYen: string;
  fiscalYear: number;
  orgId: string;
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

export type SetProjectKpiPlanInput = {
  /** 基準値 in the KPI's unit. */
  baseValue: string;
  baseYear: number;
  /** 最終目標 as a cumulative increase, 0 or more. */
  finalIncrease: string;
  /** After baseYear, at most 20 years after it. */
  finalYear: number;
  kpi: Kpi;
  projectId: string | number;
  /** The single-year increases, each year after baseYear up to finalYear at most once. */
  yearlyIncreases: Array<KpiYearIncreaseInput>;
};

export type SetProjectMembersInput = {
  /** The lead member; it must be among memberOrgIds. */
  leadOrgId: string;
  /** Every member, the lead included, each once: replaces the members whole. */
  memberOrgIds: Array<string>;
  projectId: string | number;
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

export type StageFreeMinutesInput = {
  freeMinutes: number;
  stage: SkillStageV2;
};

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

/** Voids a whole import batch: its records stop counting anywhere; the batch and its records stay, marked. */
export type VoidImportBatchInput = {
  batchId: string | number;
  /** Why the batch is void (e.g. the wrong fiscal year), kept with it and in the audit log. */
  reason: string;
};

export type WorkLocation =
  | 'HOME'
  | 'HOME_AND_SATELLITE_OFFICE'
  | 'SATELLITE_OFFICE';

export type WorkerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'REGISTERED';

export type ActableMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type ActableMembersQuery = { consortiumMembers: Array<{ id: string, name: string, partnerOperatorId: string | null, delegatedFunctions: Array<DelegatedFunction>, operatorConfirmations: Array<string> }> };

export type AdminAuditLogQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  actor?: string | null | undefined;
  action?: string | null | undefined;
  entityType?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditLogQuery = { auditLog: { nodes: Array<{ id: string, at: string, actorName: string | null, actorKind: AuditActorKind, action: string, entityType: string, entityId: string, detail: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type AdminOperatingCostsQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type AdminOperatingCostsQuery = { operatingCosts: Array<{ orgId: string, fiscalYear: number, amountYen: string }> };

export type AdminSetOperatingCostMutationVariables = Exact<{
  input: SetOperatingCostInput;
}>;


export type AdminSetOperatingCostMutation = { setOperatingCost: { orgId: string, fiscalYear: number, amountYen: string } };

export type AdminHomeChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminHomeChecklistQuery = { onboardingChecklist: Array<{ orgId: string, code: ChecklistItemCode, title: string, done: boolean }> };

export type AdminHomeWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminHomeWorkersQuery = { workerPaperworkGaps: Array<{ missingBasicContract: boolean, missingBankAccount: boolean, worker: { orgId: string, id: string, familyName: string | null, givenName: string | null } }>, workersReadyForPromotion: Array<{ workerId: string, axis: SkillAxis, currentStage: SkillStageV2, nextStage: SkillStageV2, worker: { orgId: string, id: string, familyName: string | null, givenName: string | null } }> };

export type AdminHomePayMonthsQueryVariables = Exact<{
  m1: string;
  m2: string;
  m3: string;
}>;


export type AdminHomePayMonthsQuery = { m1: { orgId: string, month: string, closed: boolean, ended: boolean, awaitingReview: number, statements: Array<{ workerId: string }> }, m2: { orgId: string, month: string, closed: boolean, ended: boolean, awaitingReview: number, statements: Array<{ workerId: string }> }, m3: { orgId: string, month: string, closed: boolean, ended: boolean, awaitingReview: number, statements: Array<{ workerId: string }> } };

export type AdminHomePayMonthFragment = { orgId: string, month: string, closed: boolean, ended: boolean, awaitingReview: number, statements: Array<{ workerId: string }> };

export type AdminHomeAuditQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminHomeAuditQuery = { auditLog: { nodes: Array<{ id: string, at: string, actorName: string | null, action: string, entityType: string }> } | null };

export type AdminImportBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminImportBatchesQuery = { orderImportBatches: Array<{ id: string, orgId: string, kind: HistoryImportKind, fileName: string, encoding: string, rowCount: number, importedAt: string, voidedAt: string | null, voidReason: string | null }>, workerImportBatches: Array<{ id: string, orgId: string, kind: HistoryImportKind, fileName: string, encoding: string, rowCount: number, importedAt: string, voidedAt: string | null, voidReason: string | null }> };

export type AdminImportBatchFragment = { id: string, orgId: string, kind: HistoryImportKind, fileName: string, encoding: string, rowCount: number, importedAt: string, voidedAt: string | null, voidReason: string | null };

export type AdminImportOrderHistoryMutationVariables = Exact<{
  input: ImportHistoryInput;
}>;


export type AdminImportOrderHistoryMutation = { importOrderHistory: { kind: HistoryImportKind, dryRun: boolean, encoding: string, rowCount: number, problems: Array<{ line: number, column: string | null, code: string, message: string }>, batch: { id: string, rowCount: number } | null } };

export type AdminImportWorkerHistoryMutationVariables = Exact<{
  input: ImportHistoryInput;
}>;


export type AdminImportWorkerHistoryMutation = { importWorkerHistory: { kind: HistoryImportKind, dryRun: boolean, encoding: string, rowCount: number, problems: Array<{ line: number, column: string | null, code: string, message: string }>, batch: { id: string, rowCount: number } | null } };

export type AdminImportResultFragment = { kind: HistoryImportKind, dryRun: boolean, encoding: string, rowCount: number, problems: Array<{ line: number, column: string | null, code: string, message: string }>, batch: { id: string, rowCount: number } | null };

export type AdminVoidOrderImportBatchMutationVariables = Exact<{
  input: VoidImportBatchInput;
}>;


export type AdminVoidOrderImportBatchMutation = { voidOrderImportBatch: { id: string, voidedAt: string | null, voidReason: string | null } };

export type AdminVoidWorkerImportBatchMutationVariables = Exact<{
  input: VoidImportBatchInput;
}>;


export type AdminVoidWorkerImportBatchMutation = { voidWorkerImportBatch: { id: string, voidedAt: string | null, voidReason: string | null } };

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

export type AdminContractTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminContractTemplatesQuery = { contractTemplates: Array<{ orgId: string, id: string, kind: ContractTemplateKind, version: number, title: string, body: string, savedAt: string }>, basicContractTemplates: Array<{ orgId: string, id: string, version: number, title: string, body: string, savedAt: string }> };

export type AdminSaveContractTemplateMutationVariables = Exact<{
  input: SaveContractTemplateInput;
}>;


export type AdminSaveContractTemplateMutation = { saveContractTemplate: { orgId: string, id: string, version: number } };

export type AdminSaveBasicContractTemplateMutationVariables = Exact<{
  input: SaveBasicContractTemplateInput;
}>;


export type AdminSaveBasicContractTemplateMutation = { saveBasicContractTemplate: { orgId: string, id: string, version: number } };

export type AdminCoursesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCoursesQuery = { courses: Array<{ orgId: string, id: string, code: string, title: string, category: CourseCategory, format: CourseFormat, durationMinutes: number, visibility: CourseVisibility }> | null, promotionRules: Array<{ orgId: string, axis: SkillAxis, toStage: SkillStageV2, requiredCourseCodes: Array<string>, minWorkMinutes: number }> };

export type AdminCreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type AdminCreateCourseMutation = { createCourse: { orgId: string, id: string, code: string } };

export type AdminSeedCatalogueMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminSeedCatalogueMutation = { seedCourseCatalogue: Array<{ orgId: string, id: string }> };

export type AdminTrainingWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTrainingWorkersQuery = { workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null, itStage: SkillStageV2, businessStage: SkillStageV2 }> } | null };

export type AdminWorkersEnrollmentsQueryVariables = Exact<{
  workerIds: Array<string | number> | string | number;
}>;


export type AdminWorkersEnrollmentsQuery = { workersEnrollments: Array<{ id: string, orgId: string, workerId: string, courseCode: string, courseTitle: string, status: EnrollmentStatus, completedAt: string | null }> };

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

export type SupportAdoptionMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportAdoptionMembersQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, createdAt: string }> };

export type SupportAdoptionKpiQueryVariables = Exact<{
  fiscalYear: number;
}>;


export type SupportAdoptionKpiQuery = { fiscalYearReport: { fiscalYear: number, consortium: { municipalityCount: number | null, totals: { newMunicipalities: number } } | null } };

export type SupportProjectsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportProjectsQuery = { projects: Array<{ id: string, name: string, leadOrgId: string, memberOrgIds: Array<string>, createdAt: string }>, consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus }> };

export type SupportProjectQueryVariables = Exact<{
  projectId: string | number;
}>;


export type SupportProjectQuery = { project: { id: string, name: string, leadOrgId: string, memberOrgIds: Array<string>, createdAt: string }, projectKpiPlans: Array<{ projectId: string | null, kpi: Kpi, baseYear: number, baseValue: string, finalYear: number, finalIncrease: string, yearlyIncreases: Array<{ fiscalYear: number, increase: string }> }>, consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus }> };

export type SupportCreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type SupportCreateProjectMutation = { createProject: { id: string, name: string, leadOrgId: string, memberOrgIds: Array<string>, createdAt: string } };

export type SupportSetProjectMembersMutationVariables = Exact<{
  input: SetProjectMembersInput;
}>;


export type SupportSetProjectMembersMutation = { setProjectMembers: { id: string, leadOrgId: string, memberOrgIds: Array<string> } };

export type SupportSetProjectKpiPlanMutationVariables = Exact<{
  input: SetProjectKpiPlanInput;
}>;


export type SupportSetProjectKpiPlanMutation = { setProjectKpiPlan: { projectId: string | null, kpi: Kpi, baseYear: number, baseValue: string, finalYear: number, finalIncrease: string, yearlyIncreases: Array<{ fiscalYear: number, increase: string }> } };

export type SupportProjectKpiSheetQueryVariables = Exact<{
  fiscalYear: number;
  projectId: string | number;
}>;


export type SupportProjectKpiSheetQuery = { projectKpiSheet: { projectId: string | null, fiscalYear: number, lines: Array<{ kpi: Kpi, label: string, baseYear: number, baseValue: string, finalYear: number, finalIncrease: string, yearTarget: string | null, yearActual: string | null, yearRatePercent: number | null, cumulativeTarget: string, cumulativeActual: string | null, cumulativeRatePercent: number | null }> } };

export type SupportProjectKpiSheetCsvQueryVariables = Exact<{
  fiscalYear: number;
  projectId: string | number;
}>;


export type SupportProjectKpiSheetCsvQuery = { projectKpiSheetCsv: { filename: string, contentType: string, content: string } };

export type SupportProjectKpiSheetPdfQueryVariables = Exact<{
  fiscalYear: number;
  projectId: string | number;
}>;


export type SupportProjectKpiSheetPdfQuery = { projectKpiSheetPdf: { filename: string, contentType: string, base64: string } };

export type SupportMembersOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportMembersOverviewQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, prefecture: string | null, operatingForm: OperatingForm, partnerOperatorId: string | null, createdAt: string }>, memberNodes: Array<{ id: string, orgId: string, subgraph: string, url: string, status: NodeStatus, schemaHash: string | null, schemaProblem: string | null, lastCheckedAt: string | null, lastHealthyAt: string | null, lastError: string | null, circuits: Array<{ gatewayId: string, state: CircuitState, reportedAt: string }> }> };

export type SupportSetMemberStatusMutationVariables = Exact<{
  id: string;
  status: MemberStatus;
}>;


export type SupportSetMemberStatusMutation = { setMemberStatus: { id: string, status: MemberStatus } };

export type SupportCheckNodeMutationVariables = Exact<{
  id: string | number;
}>;


export type SupportCheckNodeMutation = { checkNode: { id: string, status: NodeStatus, schemaHash: string | null, schemaProblem: string | null, lastCheckedAt: string | null, lastHealthyAt: string | null, lastError: string | null } };

export type SupportMemberChecklistQueryVariables = Exact<{
  orgId: string;
}>;


export type SupportMemberChecklistQuery = { onboardingChecklist: Array<{ orgId: string, code: ChecklistItemCode, category: ChecklistCategory, title: string, done: boolean, doneAt: string | null, doneBy: string | null, tickableBy: Array<Role> }> };

export type SupportSetChecklistItemMutationVariables = Exact<{
  orgId: string;
  code: ChecklistItemCode;
  done: boolean;
}>;


export type SupportSetChecklistItemMutation = { setChecklistItem: { orgId: string, code: ChecklistItemCode, done: boolean, doneAt: string | null, doneBy: string | null } };

export type SupportOnboardMemberMutationVariables = Exact<{
  input: OnboardMemberInput;
}>;


export type SupportOnboardMemberMutation = { onboardMember: { orgId: string, status: OnboardingStatus, firstAdminUsername: string, temporaryPassword: string | null, problem: string | null, nodes: Array<{ id: string, subgraph: string, url: string, status: NodeStatus, schemaHash: string | null, lastError: string | null }> } };

export type SupportSeedStarterDataMutationVariables = Exact<{
  orgId: string;
}>;


export type SupportSeedStarterDataMutation = { seedStarterData: { orgId: string, status: OnboardingStatus, problem: string | null } };

export type OrdersBoardQueryVariables = Exact<{
  first: number;
}>;


export type OrdersBoardQuery = { orders: { nodes: Array<{ orgId: string, id: string, title: string, status: OrderStatus, deadline: string, valueYen: string, estimatedHours: number, progress: number, client: { orgId: string, id: string, name: string } }> } | null };

export type DirectorApprovalQueueQueryVariables = Exact<{
  orgId?: string | null | undefined;
}>;


export type DirectorApprovalQueueQuery = { submittedTimeEntries: Array<{ orgId: string, id: string, workerId: string, workDate: string, minutes: number, quantity: number | null, note: string | null, assignment: { orgId: string, id: string, task: { orgId: string, id: string, title: string } | null } | null }>, workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null }> } | null };

export type DirectorApproveTimeEntriesMutationVariables = Exact<{
  orgId?: string | null | undefined;
  ids: Array<string | number> | string | number;
}>;


export type DirectorApproveTimeEntriesMutation = { approveTimeEntries: Array<{ orgId: string, id: string, status: TimeEntryStatus }> };

export type DirectorReturnTimeEntryMutationVariables = Exact<{
  orgId?: string | null | undefined;
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
  orgId?: string | null | undefined;
  fiscalYear: number;
}>;


export type DirectorInvoicesQuery = { invoices: Array<{ orgId: string, id: string, clientId: string, kind: InvoiceKind, number: number | null, importReference: string | null, importBatchId: string | null, voidedAt: string | null, issuedOn: string, subtotalYen: string, taxYen: string, totalYen: string, lines: Array<{ id: string, description: string, amountYen: string, taxRatePercent: number }> }> | null, clients: Array<{ orgId: string, id: string, name: string }> | null, orders: { nodes: Array<{ orgId: string, id: string, title: string, valueYen: string, client: { orgId: string, id: string, name: string } }> } | null };

export type DirectorIssueInvoiceMutationVariables = Exact<{
  orgId?: string | null | undefined;
  input: IssueInvoiceInput;
}>;


export type DirectorIssueInvoiceMutation = { issueInvoice: { orgId: string, id: string, number: number | null, totalYen: string } };

export type DirectorInvoicePdfQueryVariables = Exact<{
  orgId?: string | null | undefined;
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
  orgId?: string | null | undefined;
  month: string;
}>;


export type DirectorPayMonthQuery = { payMonth: { orgId: string, month: string, closedAt: string, statementCount: number, grossYen: string, withholdingYen: string, netYen: string } | null, payStatements: Array<{ orgId: string, id: string, month: string, workerId: string, minutes: number, grossYen: string, withholdingBaseYen: string, withholdingYen: string, netYen: string }>, payMonthPreview: { orgId: string, month: string, closed: boolean, ended: boolean, awaitingReview: number, grossYen: string, withholdingYen: string, netYen: string, statements: Array<{ workerId: string, minutes: number, grossYen: string, withholdingBaseYen: string, withholdingYen: string, netYen: string }> }, workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null, familyNameKana: string | null, givenNameKana: string | null }> } | null };

export type DirectorClosePayMonthMutationVariables = Exact<{
  orgId?: string | null | undefined;
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

export type PartnerConsortiumMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerConsortiumMembersQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus }> };

export type PartnerConsortiumCapacityQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PartnerConsortiumCapacityQuery = { consortiumCapacity: Array<{ orgId: string, totalFreeMinutes: number, byStage: Array<{ stage: SkillStageV2, workerCount: number, availableMinutes: number, bookedMinutes: number, freeMinutes: number }> }> };

export type PartnerOwnCapacityQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type PartnerOwnCapacityQuery = { capacity: { orgId: string, byStage: Array<{ stage: SkillStageV2, freeMinutes: number }> } };

export type PartnerConsortiumPoolQueryVariables = Exact<{
  free?: Array<StageFreeMinutesInput> | StageFreeMinutesInput | null | undefined;
}>;


export type PartnerConsortiumPoolQuery = { consortiumPool: { nodes: Array<{ id: string, orgId: string, taskId: string, title: string, hours: number, approvedHours: number, requiredStage: SkillStageV2, skillTags: Array<string>, requiredTrainings: Array<string>, deadline: string, rateYen: string, clientLabel: string | null }> } };

export type PartnerClaimPoolOfferMutationVariables = Exact<{
  ownerOrgId: string;
  offerId: string | number;
  hours: number;
}>;


export type PartnerClaimPoolOfferMutation = { claimPoolOffer: { id: string, orgId: string, status: PoolClaimStatus, hours: number } };

export type PartnerOwnerClaimsQueryVariables = Exact<{
  ownerOrgId: string;
}>;


export type PartnerOwnerClaimsQuery = { poolClaims: Array<{ id: string, orgId: string, offerId: string, claimantOrgId: string, hours: number, status: PoolClaimStatus, decidedAt: string | null, createdAt: string, offer: { id: string, orgId: string, taskId: string, title: string, requiredStage: SkillStageV2, deadline: string, rateYen: string } }> };

export type PartnerClaimProgressQueryVariables = Exact<{
  claimIds: Array<string | number> | string | number;
}>;


export type PartnerClaimProgressQuery = { claimProgress: Array<{ claimId: string, ownerOrgId: string, approvedShareMinutes: number, bookedMinutes: number, approvedMinutes: number, workers: Array<{ pseudonym: string, stage: SkillStageV2, plannedMinutes: number, approvedMinutes: number }> }> };

export type PartnerOwnWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOwnWorkersQuery = { workers: { nodes: Array<{ orgId: string, id: string, familyName: string | null, givenName: string | null, itStage: SkillStageV2, businessStage: SkillStageV2 }> } | null };

export type PartnerStaffClaimMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type PartnerStaffClaimMutation = { createAssignment: { orgId: string, id: string, workerId: string } };

export type PartnerOwnerSettlementsQueryVariables = Exact<{
  ownerOrgId: string;
  month?: string | null | undefined;
}>;


export type PartnerOwnerSettlementsQuery = { settlementStatements: Array<{ id: string, orgId: string, partnerOrgId: string, month: string, approvedMinutes: number, totalYen: string, ownerConfirmedAt: string | null, partnerConfirmedAt: string | null, lines: Array<{ claimId: string, offerId: string, title: string, approvedMinutes: number, rateYen: string, amountYen: string, adjustmentOf: string | null }> }> };

export type PartnerConfirmSettlementMutationVariables = Exact<{
  ownerOrgId: string;
  id: string | number;
}>;


export type PartnerConfirmSettlementMutation = { confirmSettlement: { id: string, ownerConfirmedAt: string | null, partnerConfirmedAt: string | null } };

export type ReportMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportMembersQuery = { consortiumMembers: Array<{ id: string, name: string, kind: MemberKind, status: MemberStatus, createdAt: string }> };

export type ReportFiscalYearQueryVariables = Exact<{
  fiscalYear: number;
  orgId?: string | null | undefined;
  current?: boolean | null | undefined;
}>;


export type ReportFiscalYearQuery = { fiscalYearReport: { fiscalYear: number, orgs: Array<{ orgId: string, takenMonth: string, current: boolean, totals: { workersEarningAtLeast10000: number, registeredWorkers: number, activeWorkers: number, averagePayPerActiveWorkerYen: string, totalWorkerPayYen: string, operatingCostsYen: string, netResultYen: string, largestClientSharePercent: number | null, sharedWorkMinutes: number, sharedWorkIncomeYen: string, sharedWorkCostYen: string, invoiceCount: number, invoicedYen: string, paymentsReceivedYen: string, orders: { orderCount: number, valueYen: string }, publicSector: { orderCount: number, valueYen: string }, privateSector: { orderCount: number, valueYen: string }, routine: { orderCount: number, valueYen: string }, nonRoutine: { orderCount: number, valueYen: string } }, byClient: Array<{ clientId: string, clientName: string, sector: string, valueYen: string, orderCount: number, sharePercent: number | null }>, byCategory: Array<{ category: string, valueYen: string, orderCount: number }>, sharedWork: Array<{ homeOrgId: string, taskOrgId: string, approvedMinutes: number, payYen: string }>, yearOverYear: Array<{ kpi: Kpi, current: string, previous: string | null, changePercent: number | null }> }>, consortium: { memberCount: number, municipalityCount: number | null, totals: { workersEarningAtLeast10000: number, registeredWorkers: number, activeWorkers: number, averagePayPerActiveWorkerYen: string, totalWorkerPayYen: string, operatingCostsYen: string, netResultYen: string, largestClientSharePercent: number | null, sharedWorkMinutes: number, sharedWorkIncomeYen: string, sharedWorkCostYen: string, invoiceCount: number, invoicedYen: string, paymentsReceivedYen: string, orders: { orderCount: number, valueYen: string }, publicSector: { orderCount: number, valueYen: string }, privateSector: { orderCount: number, valueYen: string }, routine: { orderCount: number, valueYen: string }, nonRoutine: { orderCount: number, valueYen: string } }, byCategory: Array<{ category: string, valueYen: string, orderCount: number }>, sharedWork: Array<{ homeOrgId: string, taskOrgId: string, approvedMinutes: number, payYen: string }>, yearOverYear: Array<{ kpi: Kpi, current: string, previous: string | null, changePercent: number | null }> } | null } };

export type ReportTotalsFragment = { workersEarningAtLeast10000: number, registeredWorkers: number, activeWorkers: number, averagePayPerActiveWorkerYen: string, totalWorkerPayYen: string, operatingCostsYen: string, netResultYen: string, largestClientSharePercent: number | null, sharedWorkMinutes: number, sharedWorkIncomeYen: string, sharedWorkCostYen: string, invoiceCount: number, invoicedYen: string, paymentsReceivedYen: string, orders: { orderCount: number, valueYen: string }, publicSector: { orderCount: number, valueYen: string }, privateSector: { orderCount: number, valueYen: string }, routine: { orderCount: number, valueYen: string }, nonRoutine: { orderCount: number, valueYen: string } };

export type ReportKpiSheetQueryVariables = Exact<{
  fiscalYear: number;
  orgId?: string | null | undefined;
}>;


export type ReportKpiSheetQuery = { kpiSheet: { orgId: string | null, fiscalYear: number, lines: Array<{ kpi: Kpi, label: string, baseYear: number, baseValue: string, finalYear: number, finalIncrease: string, yearTarget: string | null, yearActual: string | null, yearRatePercent: number | null, cumulativeTarget: string, cumulativeActual: string | null, cumulativeRatePercent: number | null }> } };

export type KpiSheetLineFieldsFragment = { kpi: Kpi, label: string, baseYear: number, baseValue: string, finalYear: number, finalIncrease: string, yearTarget: string | null, yearActual: string | null, yearRatePercent: number | null, cumulativeTarget: string, cumulativeActual: string | null, cumulativeRatePercent: number | null };

export type ReportCsvQueryVariables = Exact<{
  fiscalYear: number;
  kind: ReportCsvKind;
  orgId?: string | null | undefined;
}>;


export type ReportCsvQuery = { reportCsv: { filename: string, contentType: string, content: string } };

export type ReportKpiSheetCsvQueryVariables = Exact<{
  fiscalYear: number;
  orgId?: string | null | undefined;
}>;


export type ReportKpiSheetCsvQuery = { kpiSheetCsv: { filename: string, contentType: string, content: string } };

export type ReportKpiSheetPdfQueryVariables = Exact<{
  fiscalYear: number;
  orgId?: string | null | undefined;
}>;


export type ReportKpiSheetPdfQuery = { kpiSheetPdf: { filename: string, contentType: string, base64: string } };

export type WorkerEntriesQueryVariables = Exact<{
  month: string;
}>;


export type WorkerEntriesQuery = { myAssignments: Array<{ orgId: string, id: string, taskTitle: string | null, periodFrom: string, periodTo: string, status: MyAssignmentStatus, payBasis: PayBasis }>, myTimeEntries: Array<{ orgId: string, id: string, assignmentId: string, workDate: string, minutes: number, quantity: number | null, note: string | null, status: TimeEntryStatus, reviewComment: string | null, reviewedAt: string | null, correctsEntryId: string | null, payMonth: string, createdAt: string }> };

export type WorkerHomeQueryVariables = Exact<{
  month: string;
  otherMonth: string;
  oneMonth: boolean;
}>;


export type WorkerHomeQuery = { myAssignments: Array<{ orgId: string, id: string, taskOrgId: string, taskId: string, taskTitle: string | null, orderTitle: string | null, clientLabel: string | null, deadline: string | null, periodFrom: string, periodTo: string, status: MyAssignmentStatus, payBasis: PayBasis, hourlyRateYen: string | null, pieceRateYen: string | null, plannedMinutes: number, loggedMinutes: number, approvedMinutes: number }>, weekEntries: Array<{ orgId: string, id: string, assignmentId: string, workDate: string, minutes: number, status: TimeEntryStatus, correctsEntryId: string | null }>, otherMonthEntries?: Array<{ orgId: string, id: string, assignmentId: string, workDate: string, minutes: number, status: TimeEntryStatus, correctsEntryId: string | null }>, myOffers: { nodes: Array<{ orgId: string, id: string, status: OfferStatus, myResponse: OfferResponse | null }> }, myCommissionTerms: Array<{ orgId: string, id: string, acceptedAt: string | null }>, myBasicContracts: Array<{ orgId: string, id: string, acceptedAt: string | null }> };

export type WorkerLogTimeMutationVariables = Exact<{
  input: LogTimeInput;
}>;


export type WorkerLogTimeMutation = { logTime: { orgId: string, id: string, assignmentId: string, workDate: string, minutes: number, status: TimeEntryStatus, payMonth: string, correctsEntryId: string | null } };

export type WorkerOffersQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerOffersQuery = { myOffers: { nodes: Array<{ orgId: string, id: string, status: OfferStatus, mode: OfferMode, myResponse: OfferResponse | null, myMinutes: number | null, taskTitle: string | null, orderTitle: string | null, clientLabel: string | null, note: string | null, periodFrom: string, periodTo: string, totalMinutes: number, minimumMinutes: number, remainingMinutes: number, payBasis: PayBasis, hourlyRateYen: string | null, pieceRateYen: string | null, withholding: boolean, confidential: boolean, requiredTrainings: Array<string> }> }, myAssignments: Array<{ orgId: string, id: string, taskTitle: string | null }>, myCommissionTerms: Array<{ orgId: string, id: string, assignmentId: string, version: number, sha256: string, issuedAt: string, acceptedAt: string | null, commissioner: string, workDescription: string, payBasis: PayBasis, rateYen: string, paymentRule: string, deliveryDate: string, deliveryPlace: string }>, myBasicContracts: Array<{ orgId: string, id: string, version: number, title: string, body: string, sha256: string, issuedAt: string, acceptedAt: string | null }> };

export type WorkerAcceptOfferMutationVariables = Exact<{
  offerId: string | number;
  minutes: number;
}>;


export type WorkerAcceptOfferMutation = { acceptOffer: { orgId: string, id: string, status: OfferStatus, myResponse: OfferResponse | null, myMinutes: number | null, myAssignmentId: string | null, remainingMinutes: number } };

export type WorkerDeclineOfferMutationVariables = Exact<{
  offerId: string | number;
}>;


export type WorkerDeclineOfferMutation = { declineOffer: { orgId: string, id: string, status: OfferStatus, myResponse: OfferResponse | null } };

export type WorkerCommissionTermsPdfQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerCommissionTermsPdfQuery = { commissionTermsPdf: { filename: string, contentType: string, base64: string } };

export type WorkerAcceptCommissionTermsMutationVariables = Exact<{
  id: string | number;
  sha256: string;
}>;


export type WorkerAcceptCommissionTermsMutation = { acceptCommissionTerms: { orgId: string, id: string, acceptedAt: string | null } };

export type WorkerAcceptBasicContractMutationVariables = Exact<{
  id: string | number;
  sha256: string;
}>;


export type WorkerAcceptBasicContractMutation = { acceptBasicContract: { orgId: string, id: string, acceptedAt: string | null } };

export type WorkerPayQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerPayQuery = { myPayStatements: Array<{ orgId: string, id: string, month: string, minutes: number, grossYen: string, withholdingYen: string, netYen: string, imported: boolean, lines: Array<{ assignmentId: string, workedMonth: string, adjustmentOf: string | null, payBasis: PayBasis, minutes: number, quantity: number | null, rateYen: string, amountYen: string }> }>, myAssignments: Array<{ orgId: string, id: string, taskTitle: string | null }> };

export type WorkerWorkCertificateQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WorkerWorkCertificateQuery = { myWorkCertificate: { filename: string, contentType: string, base64: string } };

export type WorkerPaymentCertificateQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type WorkerPaymentCertificateQuery = { myPaymentCertificate: { filename: string, contentType: string, base64: string } };

export type WorkerTaskQueryVariables = Exact<{
  taskOrgId: string;
  taskId: string | number;
}>;


export type WorkerTaskQuery = { myAssignments: Array<{ orgId: string, id: string, taskOrgId: string, taskId: string, taskTitle: string | null, orderTitle: string | null, deadline: string | null }>, taskInstructions: { taskOrgId: string, taskId: string, version: number, bodyMarkdown: string, createdAt: string, attachments: Array<{ id: string, fileName: string, mediaType: string, sizeBytes: number, downloadUrl: string, downloadUrlExpiresAt: string }> } | null, taskQuestionThreads: Array<{ id: string, unreadCount: number, messages: Array<{ id: string, body: string, fromWorker: boolean, createdAt: string }> }> };

export type WorkerAskQuestionMutationVariables = Exact<{
  input: AskTaskQuestionInput;
}>;


export type WorkerAskQuestionMutation = { askTaskQuestion: { id: string, unreadCount: number, messages: Array<{ id: string, body: string, fromWorker: boolean, createdAt: string }> } };

export type WorkerMarkThreadReadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type WorkerMarkThreadReadMutation = { markTaskThreadRead: { id: string, unreadCount: number } };

export type WorkerRequiredTrainingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerRequiredTrainingsQuery = { myAssignments: Array<{ orgId: string, id: string, status: MyAssignmentStatus, requiredTrainings: Array<string> }>, myOffers: { nodes: Array<{ orgId: string, id: string, status: OfferStatus, myResponse: OfferResponse | null, requiredTrainings: Array<string> }> } };

export type WorkerTrainingsQueryVariables = Exact<{
  courseCodes: Array<string> | string;
}>;


export type WorkerTrainingsQuery = { myMissingTrainings: Array<string>, myEnrollments: Array<{ orgId: string, id: string, courseCode: string, courseTitle: string, status: EnrollmentStatus, enrolledAt: string, completedAt: string | null, score: number | null }> };

export const AdminHomePayMonthFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminHomePayMonth"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayMonthPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<AdminHomePayMonthFragment, unknown>;
export const AdminImportBatchFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminImportBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}}]}}]} as unknown as DocumentNode<AdminImportBatchFragment, unknown>;
export const AdminImportResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminImportResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<AdminImportResultFragment, unknown>;
export const ReportTotalsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicSector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateSector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workersEarningAtLeast10000"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"activeWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"averagePayPerActiveWorkerYen"}},{"kind":"Field","name":{"kind":"Name","value":"totalWorkerPayYen"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostsYen"}},{"kind":"Field","name":{"kind":"Name","value":"netResultYen"}},{"kind":"Field","name":{"kind":"Name","value":"largestClientSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWorkMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWorkIncomeYen"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWorkCostYen"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedYen"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsReceivedYen"}}]}}]} as unknown as DocumentNode<ReportTotalsFragment, unknown>;
export const KpiSheetLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSheetLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSheetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalYear"}},{"kind":"Field","name":{"kind":"Name","value":"finalIncrease"}},{"kind":"Field","name":{"kind":"Name","value":"yearTarget"}},{"kind":"Field","name":{"kind":"Name","value":"yearActual"}},{"kind":"Field","name":{"kind":"Name","value":"yearRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeTarget"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRatePercent"}}]}}]} as unknown as DocumentNode<KpiSheetLineFieldsFragment, unknown>;
export const ActableMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActableMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOperatorId"}},{"kind":"Field","name":{"kind":"Name","value":"delegatedFunctions"}},{"kind":"Field","name":{"kind":"Name","value":"operatorConfirmations"}}]}}]}}]} as unknown as DocumentNode<ActableMembersQuery, ActableMembersQueryVariables>;
export const AdminAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorKind"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminAuditLogQuery, AdminAuditLogQueryVariables>;
export const AdminOperatingCostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOperatingCosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operatingCosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}}]}}]} as unknown as DocumentNode<AdminOperatingCostsQuery, AdminOperatingCostsQueryVariables>;
export const AdminSetOperatingCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetOperatingCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetOperatingCostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setOperatingCost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}}]}}]} as unknown as DocumentNode<AdminSetOperatingCostMutation, AdminSetOperatingCostMutationVariables>;
export const AdminHomeChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminHomeChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<AdminHomeChecklistQuery, AdminHomeChecklistQueryVariables>;
export const AdminHomeWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminHomeWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerPaperworkGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingBasicContract"}},{"kind":"Field","name":{"kind":"Name","value":"missingBankAccount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workersReadyForPromotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"currentStage"}},{"kind":"Field","name":{"kind":"Name","value":"nextStage"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<AdminHomeWorkersQuery, AdminHomeWorkersQueryVariables>;
export const AdminHomePayMonthsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminHomePayMonths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"m1"},"name":{"kind":"Name","value":"payMonthPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminHomePayMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m2"},"name":{"kind":"Name","value":"payMonthPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminHomePayMonth"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"m3"},"name":{"kind":"Name","value":"payMonthPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminHomePayMonth"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminHomePayMonth"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayMonthPreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<AdminHomePayMonthsQuery, AdminHomePayMonthsQueryVariables>;
export const AdminHomeAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminHomeAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}}]}}]}}]}}]} as unknown as DocumentNode<AdminHomeAuditQuery, AdminHomeAuditQueryVariables>;
export const AdminImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminImportBatch"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workerImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminImportBatch"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminImportBatch"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportBatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}}]}}]} as unknown as DocumentNode<AdminImportBatchesQuery, AdminImportBatchesQueryVariables>;
export const AdminImportOrderHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminImportOrderHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportHistoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importOrderHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminImportResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminImportResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<AdminImportOrderHistoryMutation, AdminImportOrderHistoryMutationVariables>;
export const AdminImportWorkerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminImportWorkerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportHistoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importWorkerHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminImportResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminImportResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryImportResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<AdminImportWorkerHistoryMutation, AdminImportWorkerHistoryMutationVariables>;
export const AdminVoidOrderImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminVoidOrderImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidImportBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidOrderImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}}]}}]}}]} as unknown as DocumentNode<AdminVoidOrderImportBatchMutation, AdminVoidOrderImportBatchMutationVariables>;
export const AdminVoidWorkerImportBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminVoidWorkerImportBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoidImportBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidWorkerImportBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}}]}}]}}]} as unknown as DocumentNode<AdminVoidWorkerImportBatchMutation, AdminVoidWorkerImportBatchMutationVariables>;
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
export const AdminContractTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminContractTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basicContractTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}}]}}]} as unknown as DocumentNode<AdminContractTemplatesQuery, AdminContractTemplatesQueryVariables>;
export const AdminSaveContractTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSaveContractTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveContractTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminSaveContractTemplateMutation, AdminSaveContractTemplateMutationVariables>;
export const AdminSaveBasicContractTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSaveBasicContractTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveBasicContractTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBasicContractTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AdminSaveBasicContractTemplateMutation, AdminSaveBasicContractTemplateMutationVariables>;
export const AdminCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCourses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}},{"kind":"Field","name":{"kind":"Name","value":"promotionRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"axis"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredCourseCodes"}},{"kind":"Field","name":{"kind":"Name","value":"minWorkMinutes"}}]}}]}}]} as unknown as DocumentNode<AdminCoursesQuery, AdminCoursesQueryVariables>;
export const AdminCreateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AdminCreateCourseMutation, AdminCreateCourseMutationVariables>;
export const AdminSeedCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSeedCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seedCourseCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminSeedCatalogueMutation, AdminSeedCatalogueMutationVariables>;
export const AdminTrainingWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTrainingWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminTrainingWorkersQuery, AdminTrainingWorkersQueryVariables>;
export const AdminWorkersEnrollmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkersEnrollments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workersEnrollments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]} as unknown as DocumentNode<AdminWorkersEnrollmentsQuery, AdminWorkersEnrollmentsQueryVariables>;
export const AdminWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminWorkers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"skillTags"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumConsent"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AdminWorkersQuery, AdminWorkersQueryVariables>;
export const AdminRegisterWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRegisterWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]} as unknown as DocumentNode<AdminRegisterWorkerMutation, AdminRegisterWorkerMutationVariables>;
export const AdminUpdateWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumConsent"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateWorkerMutation, AdminUpdateWorkerMutationVariables>;
export const AdminSetWorkerStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetWorkerStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkerStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkerStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AdminSetWorkerStatusMutation, AdminSetWorkerStatusMutationVariables>;
export const AdminInviteWorkerLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminInviteWorkerLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteWorkerLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mailed"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasLogin"}}]}}]}}]}}]} as unknown as DocumentNode<AdminInviteWorkerLoginMutation, AdminInviteWorkerLoginMutationVariables>;
export const AdminOverrideStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminOverrideStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"axis"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillAxis"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SkillStageV2"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideSkillStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"axis"},"value":{"kind":"Variable","name":{"kind":"Name","value":"axis"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AdminOverrideStageMutation, AdminOverrideStageMutationVariables>;
export const AdminSensitiveNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSensitiveNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerSensitiveNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AdminSensitiveNotesQuery, AdminSensitiveNotesQueryVariables>;
export const AdminSetSensitiveNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetSensitiveNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notes"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkerSensitiveNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"notes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notes"}}}]}]}}]} as unknown as DocumentNode<AdminSetSensitiveNotesMutation, AdminSetSensitiveNotesMutationVariables>;
export const AdminCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<AdminCertificatesQuery, AdminCertificatesQueryVariables>;
export const SupportAdoptionMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportAdoptionMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SupportAdoptionMembersQuery, SupportAdoptionMembersQueryVariables>;
export const SupportAdoptionKpiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportAdoptionKpi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYearReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalityCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"newMunicipalities"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SupportAdoptionKpiQuery, SupportAdoptionKpiQueryVariables>;
export const SupportProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrgIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupportProjectsQuery, SupportProjectsQueryVariables>;
export const SupportProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrgIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectKpiPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalYear"}},{"kind":"Field","name":{"kind":"Name","value":"finalIncrease"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyIncreases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"increase"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupportProjectQuery, SupportProjectQueryVariables>;
export const SupportCreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportCreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrgIds"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<SupportCreateProjectMutation, SupportCreateProjectMutationVariables>;
export const SupportSetProjectMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportSetProjectMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProjectMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"memberOrgIds"}}]}}]}}]} as unknown as DocumentNode<SupportSetProjectMembersMutation, SupportSetProjectMembersMutationVariables>;
export const SupportSetProjectKpiPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportSetProjectKpiPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetProjectKpiPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectKpiPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalYear"}},{"kind":"Field","name":{"kind":"Name","value":"finalIncrease"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyIncreases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"increase"}}]}}]}}]}}]} as unknown as DocumentNode<SupportSetProjectKpiPlanMutation, SupportSetProjectKpiPlanMutationVariables>;
export const SupportProjectKpiSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportProjectKpiSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectKpiSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiSheetLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSheetLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSheetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalYear"}},{"kind":"Field","name":{"kind":"Name","value":"finalIncrease"}},{"kind":"Field","name":{"kind":"Name","value":"yearTarget"}},{"kind":"Field","name":{"kind":"Name","value":"yearActual"}},{"kind":"Field","name":{"kind":"Name","value":"yearRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeTarget"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRatePercent"}}]}}]} as unknown as DocumentNode<SupportProjectKpiSheetQuery, SupportProjectKpiSheetQueryVariables>;
export const SupportProjectKpiSheetCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportProjectKpiSheetCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectKpiSheetCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<SupportProjectKpiSheetCsvQuery, SupportProjectKpiSheetCsvQueryVariables>;
export const SupportProjectKpiSheetPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportProjectKpiSheetPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectKpiSheetPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<SupportProjectKpiSheetPdfQuery, SupportProjectKpiSheetPdfQueryVariables>;
export const SupportMembersOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportMembersOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"prefecture"}},{"kind":"Field","name":{"kind":"Name","value":"operatingForm"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOperatorId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberNodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schemaHash"}},{"kind":"Field","name":{"kind":"Name","value":"schemaProblem"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthyAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"circuits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gatewayId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SupportMembersOverviewQuery, SupportMembersOverviewQueryVariables>;
export const SupportSetMemberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportSetMemberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupportSetMemberStatusMutation, SupportSetMemberStatusMutationVariables>;
export const SupportCheckNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportCheckNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schemaHash"}},{"kind":"Field","name":{"kind":"Name","value":"schemaProblem"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastHealthyAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]} as unknown as DocumentNode<SupportCheckNodeMutation, SupportCheckNodeMutationVariables>;
export const SupportMemberChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportMemberChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardingChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"}},{"kind":"Field","name":{"kind":"Name","value":"tickableBy"}}]}}]}}]} as unknown as DocumentNode<SupportMemberChecklistQuery, SupportMemberChecklistQueryVariables>;
export const SupportSetChecklistItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportSetChecklistItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistItemCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setChecklistItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneBy"}}]}}]}}]} as unknown as DocumentNode<SupportSetChecklistItemMutation, SupportSetChecklistItemMutationVariables>;
export const SupportOnboardMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportOnboardMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OnboardMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onboardMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstAdminUsername"}},{"kind":"Field","name":{"kind":"Name","value":"temporaryPassword"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subgraph"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"schemaHash"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}}]}}]}}]}}]} as unknown as DocumentNode<SupportOnboardMemberMutation, SupportOnboardMemberMutationVariables>;
export const SupportSeedStarterDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportSeedStarterData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seedStarterData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]} as unknown as DocumentNode<SupportSeedStarterDataMutation, SupportSeedStarterDataMutationVariables>;
export const OrdersBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersBoardQuery, OrdersBoardQueryVariables>;
export const DirectorApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorApprovalQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorApprovalQueueQuery, DirectorApprovalQueueQueryVariables>;
export const DirectorApproveTimeEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorApproveTimeEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DirectorApproveTimeEntriesMutation, DirectorApproveTimeEntriesMutationVariables>;
export const DirectorReturnTimeEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorReturnTimeEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnTimeEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}}]}}]}}]} as unknown as DocumentNode<DirectorReturnTimeEntryMutation, DirectorReturnTimeEntryMutationVariables>;
export const DirectorClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<DirectorClientsQuery, DirectorClientsQueryVariables>;
export const DirectorCreateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateClientMutation, DirectorCreateClientMutationVariables>;
export const DirectorCreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateContractMutation, DirectorCreateContractMutationVariables>;
export const DirectorUpdateClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorUpdateClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}}]}}]}}]} as unknown as DocumentNode<DirectorUpdateClientMutation, DirectorUpdateClientMutationVariables>;
export const DirectorUpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorUpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"ndaSigned"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]} as unknown as DocumentNode<DirectorUpdateContractMutation, DirectorUpdateContractMutationVariables>;
export const DirectorInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"importReference"}},{"kind":"Field","name":{"kind":"Name","value":"importBatchId"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"subtotalYen"}},{"kind":"Field","name":{"kind":"Name","value":"taxYen"}},{"kind":"Field","name":{"kind":"Name","value":"totalYen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"taxRatePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACCEPTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorInvoicesQuery, DirectorInvoicesQueryVariables>;
export const DirectorIssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorIssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"totalYen"}}]}}]}}]} as unknown as DocumentNode<DirectorIssueInvoiceMutation, DirectorIssueInvoiceMutationVariables>;
export const DirectorInvoicePdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorInvoicePdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoicePdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<DirectorInvoicePdfQuery, DirectorInvoicePdfQueryVariables>;
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
export const DirectorPayMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorPayMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingBaseYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payMonthPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingBaseYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorPayMonthQuery, DirectorPayMonthQueryVariables>;
export const DirectorClosePayMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorClosePayMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePayMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}}]}}]}}]} as unknown as DocumentNode<DirectorClosePayMonthMutation, DirectorClosePayMonthMutationVariables>;
export const DirectorStaffingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorStaffing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStage"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"confidentiality"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"payRateYen"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorStaffingQuery, DirectorStaffingQueryVariables>;
export const DirectorTaskCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DirectorTaskCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskOrgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ineligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"missingTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"worker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"givenNameKana"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyHourCap"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DirectorTaskCandidatesQuery, DirectorTaskCandidatesQueryVariables>;
export const DirectorCreateAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<DirectorCreateAssignmentMutation, DirectorCreateAssignmentMutationVariables>;
export const DirectorCreateOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DirectorCreateOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOfferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]}}]} as unknown as DocumentNode<DirectorCreateOfferMutation, DirectorCreateOfferMutationVariables>;
export const PartnerConsortiumMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerConsortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PartnerConsortiumMembersQuery, PartnerConsortiumMembersQueryVariables>;
export const PartnerConsortiumCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerConsortiumCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumCapacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"totalFreeMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"workerCount"}},{"kind":"Field","name":{"kind":"Name","value":"availableMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerConsortiumCapacityQuery, PartnerConsortiumCapacityQueryVariables>;
export const PartnerOwnCapacityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOwnCapacity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capacity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"byStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"freeMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOwnCapacityQuery, PartnerOwnCapacityQueryVariables>;
export const PartnerConsortiumPoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerConsortiumPool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"free"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StageFreeMinutesInput"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumPool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"freeCapacity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"free"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"approvedHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStage"}},{"kind":"Field","name":{"kind":"Name","value":"skillTags"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"rateYen"}},{"kind":"Field","name":{"kind":"Name","value":"clientLabel"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerConsortiumPoolQuery, PartnerConsortiumPoolQueryVariables>;
export const PartnerClaimPoolOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerClaimPoolOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hours"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimPoolOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hours"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hours"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]} as unknown as DocumentNode<PartnerClaimPoolOfferMutation, PartnerClaimPoolOfferMutationVariables>;
export const PartnerOwnerClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOwnerClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poolClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"claimantOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"offer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"requiredStage"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"rateYen"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOwnerClaimsQuery, PartnerOwnerClaimsQueryVariables>;
export const PartnerClaimProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerClaimProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"approvedShareMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"bookedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pseudonym"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerClaimProgressQuery, PartnerClaimProgressQueryVariables>;
export const PartnerOwnWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOwnWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"itStage"}},{"kind":"Field","name":{"kind":"Name","value":"businessStage"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOwnWorkersQuery, PartnerOwnWorkersQueryVariables>;
export const PartnerStaffClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerStaffClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workerId"}}]}}]}}]} as unknown as DocumentNode<PartnerStaffClaimMutation, PartnerStaffClaimMutationVariables>;
export const PartnerOwnerSettlementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOwnerSettlements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settlementStatements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"totalYen"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partnerConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimId"}},{"kind":"Field","name":{"kind":"Name","value":"offerId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"rateYen"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentOf"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOwnerSettlementsQuery, PartnerOwnerSettlementsQueryVariables>;
export const PartnerConfirmSettlementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerConfirmSettlement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ownerConfirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"partnerConfirmedAt"}}]}}]}}]} as unknown as DocumentNode<PartnerConfirmSettlementMutation, PartnerConfirmSettlementMutationVariables>;
export const ReportMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consortiumMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<ReportMembersQuery, ReportMembersQueryVariables>;
export const ReportFiscalYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportFiscalYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"current"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYearReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"current"},"value":{"kind":"Variable","name":{"kind":"Name","value":"current"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"orgs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"takenMonth"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byClient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientName"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"payYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortium"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportTotals"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}},{"kind":"Field","name":{"kind":"Name","value":"orderCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"payYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearOverYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"changePercent"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportTotals"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publicSector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateSector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"routine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonRoutine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderCount"}},{"kind":"Field","name":{"kind":"Name","value":"valueYen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workersEarningAtLeast10000"}},{"kind":"Field","name":{"kind":"Name","value":"registeredWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"activeWorkers"}},{"kind":"Field","name":{"kind":"Name","value":"averagePayPerActiveWorkerYen"}},{"kind":"Field","name":{"kind":"Name","value":"totalWorkerPayYen"}},{"kind":"Field","name":{"kind":"Name","value":"operatingCostsYen"}},{"kind":"Field","name":{"kind":"Name","value":"netResultYen"}},{"kind":"Field","name":{"kind":"Name","value":"largestClientSharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWorkMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWorkIncomeYen"}},{"kind":"Field","name":{"kind":"Name","value":"sharedWorkCostYen"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedYen"}},{"kind":"Field","name":{"kind":"Name","value":"paymentsReceivedYen"}}]}}]} as unknown as DocumentNode<ReportFiscalYearQuery, ReportFiscalYearQueryVariables>;
export const ReportKpiSheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportKpiSheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiSheet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiSheetLineFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiSheetLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KpiSheetLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"baseYear"}},{"kind":"Field","name":{"kind":"Name","value":"baseValue"}},{"kind":"Field","name":{"kind":"Name","value":"finalYear"}},{"kind":"Field","name":{"kind":"Name","value":"finalIncrease"}},{"kind":"Field","name":{"kind":"Name","value":"yearTarget"}},{"kind":"Field","name":{"kind":"Name","value":"yearActual"}},{"kind":"Field","name":{"kind":"Name","value":"yearRatePercent"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeTarget"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeActual"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRatePercent"}}]}}]} as unknown as DocumentNode<ReportKpiSheetQuery, ReportKpiSheetQueryVariables>;
export const ReportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCsvKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ReportCsvQuery, ReportCsvQueryVariables>;
export const ReportKpiSheetCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportKpiSheetCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiSheetCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ReportKpiSheetCsvQuery, ReportKpiSheetCsvQueryVariables>;
export const ReportKpiSheetPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportKpiSheetPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiSheetPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fiscalYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fiscalYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"orgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ReportKpiSheetPdfQuery, ReportKpiSheetPdfQueryVariables>;
export const WorkerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskTitle"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewComment"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"payMonth"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<WorkerEntriesQuery, WorkerEntriesQueryVariables>;
export const WorkerHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"otherMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"oneMonth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"taskTitle"}},{"kind":"Field","name":{"kind":"Name","value":"orderTitle"}},{"kind":"Field","name":{"kind":"Name","value":"clientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateYen"}},{"kind":"Field","name":{"kind":"Name","value":"pieceRateYen"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"loggedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"weekEntries"},"name":{"kind":"Name","value":"myTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEntryId"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"otherMonthEntries"},"name":{"kind":"Name","value":"myTimeEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"otherMonth"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"oneMonth"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEntryId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCommissionTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myBasicContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<WorkerHomeQuery, WorkerHomeQueryVariables>;
export const WorkerLogTimeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerLogTime"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogTimeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logTime"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"workDate"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payMonth"}},{"kind":"Field","name":{"kind":"Name","value":"correctsEntryId"}}]}}]}}]} as unknown as DocumentNode<WorkerLogTimeMutation, WorkerLogTimeMutationVariables>;
export const WorkerOffersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerOffers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}},{"kind":"Field","name":{"kind":"Name","value":"myMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"taskTitle"}},{"kind":"Field","name":{"kind":"Name","value":"orderTitle"}},{"kind":"Field","name":{"kind":"Name","value":"clientLabel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"minimumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"hourlyRateYen"}},{"kind":"Field","name":{"kind":"Name","value":"pieceRateYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholding"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myCommissionTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"commissioner"}},{"kind":"Field","name":{"kind":"Name","value":"workDescription"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"rateYen"}},{"kind":"Field","name":{"kind":"Name","value":"paymentRule"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryDate"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryPlace"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myBasicContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<WorkerOffersQuery, WorkerOffersQueryVariables>;
export const WorkerAcceptOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerAcceptOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}},{"kind":"Field","name":{"kind":"Name","value":"myMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"myAssignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"remainingMinutes"}}]}}]}}]} as unknown as DocumentNode<WorkerAcceptOfferMutation, WorkerAcceptOfferMutationVariables>;
export const WorkerDeclineOfferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerDeclineOffer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineOffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}}]}}]}}]} as unknown as DocumentNode<WorkerDeclineOfferMutation, WorkerDeclineOfferMutationVariables>;
export const WorkerCommissionTermsPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerCommissionTermsPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionTermsPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<WorkerCommissionTermsPdfQuery, WorkerCommissionTermsPdfQueryVariables>;
export const WorkerAcceptCommissionTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerAcceptCommissionTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptCommissionTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<WorkerAcceptCommissionTermsMutation, WorkerAcceptCommissionTermsMutationVariables>;
export const WorkerAcceptBasicContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerAcceptBasicContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptBasicContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"sha256"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sha256"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}}]}}]}}]} as unknown as DocumentNode<WorkerAcceptBasicContractMutation, WorkerAcceptBasicContractMutationVariables>;
export const WorkerPayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerPay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPayStatements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"grossYen"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingYen"}},{"kind":"Field","name":{"kind":"Name","value":"netYen"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignmentId"}},{"kind":"Field","name":{"kind":"Name","value":"workedMonth"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentOf"}},{"kind":"Field","name":{"kind":"Name","value":"payBasis"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"rateYen"}},{"kind":"Field","name":{"kind":"Name","value":"amountYen"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskTitle"}}]}}]}}]} as unknown as DocumentNode<WorkerPayQuery, WorkerPayQueryVariables>;
export const WorkerWorkCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerWorkCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myWorkCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<WorkerWorkCertificateQuery, WorkerWorkCertificateQueryVariables>;
export const WorkerPaymentCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerPaymentCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPaymentCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<WorkerPaymentCertificateQuery, WorkerPaymentCertificateQueryVariables>;
export const WorkerTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taskOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"taskTitle"}},{"kind":"Field","name":{"kind":"Name","value":"orderTitle"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskInstructions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskOrgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskOrgId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"bodyMarkdown"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrlExpiresAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskQuestionThreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskOrgId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskOrgId"}}},{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromWorker"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkerTaskQuery, WorkerTaskQueryVariables>;
export const WorkerAskQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerAskQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskTaskQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askTaskQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"fromWorker"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<WorkerAskQuestionMutation, WorkerAskQuestionMutationVariables>;
export const WorkerMarkThreadReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WorkerMarkThreadRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTaskThreadRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"threadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threadId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<WorkerMarkThreadReadMutation, WorkerMarkThreadReadMutationVariables>;
export const WorkerRequiredTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerRequiredTrainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myOffers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"}},{"kind":"Field","name":{"kind":"Name","value":"requiredTrainings"}}]}}]}}]}}]} as unknown as DocumentNode<WorkerRequiredTrainingsQuery, WorkerRequiredTrainingsQueryVariables>;
export const WorkerTrainingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkerTrainings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"courseCodes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEnrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgId"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"courseTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myMissingTrainings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"courseCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"courseCodes"}}}]}]}}]} as unknown as DocumentNode<WorkerTrainingsQuery, WorkerTrainingsQueryVariables>;