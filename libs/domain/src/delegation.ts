/**
 * Delegation (#17 item 1): a municipality-run member has no legal personality for its business,
 * so its partner operator acts for it on the functions the operators' own function list marks
 * "外部サービスを利用". The operator's staff may act for the member on those functions only, and on
 * nothing else of it; the town's staff keep running their programme. Which delegated acts need
 * the operator's own hand (confirmation) is set per member.
 *
 * This table is the one place that maps each delegated function to the operations (schema
 * coordinates) it consists of, next to FEATURE_OF_OPERATION; the gateway routes and refuses from
 * it and every node's guard decides with it again.
 */
export enum DelegatedFunction {
  /** 受託確認: feasibility check of an order. */
  FEASIBILITY_CHECK = 'FEASIBILITY_CHECK',
  /** 契約: service contracts (and NDA) with clients. */
  CLIENT_CONTRACT = 'CLIENT_CONTRACT',
  /** 請求: invoices and credit notes to clients, payments received. */
  INVOICING = 'INVOICING',
  /** 基本契約: the basic contract with a worker. */
  BASIC_CONTRACT = 'BASIC_CONTRACT',
  /** アサイン: booking workers on tasks. */
  ASSIGNMENT = 'ASSIGNMENT',
  /** 作業委託契約: the per-assignment commission terms (freelance act). */
  COMMISSION_CONTRACT = 'COMMISSION_CONTRACT',
  /** 勤怠管理: approving and returning workers' hours. */
  ATTENDANCE = 'ATTENDANCE',
  /** 支払い: closing monthly pay, pay statements, the bank transfer file. */
  PAYMENT = 'PAYMENT',
}

/** The operations of each delegated function. Reads are included where acting needs them (the worker's name, address and bank account for 基本契約 and 支払い). */
export const OPERATIONS_OF_DELEGATED_FUNCTION: Readonly<Record<DelegatedFunction, readonly string[]>> = {
  // The member's own capacity counts every active worker of it, as for its own staff (not only those who consented to consortium work).
  [DelegatedFunction.FEASIBILITY_CHECK]: [
    'Mutation.checkFeasibility',
    'Query.feasibilityPeriod',
    'Query.orders',
    'Query.order',
    'Query.capacity',
  ],
  [DelegatedFunction.CLIENT_CONTRACT]: ['Mutation.createContract', 'Query.contracts', 'Query.clients'],
  [DelegatedFunction.INVOICING]: [
    'Mutation.issueInvoice',
    'Mutation.issueCreditNote',
    'Mutation.recordInvoicePayment',
    'Query.invoices',
    'Query.invoice',
    'Query.invoicePdf',
  ],
  [DelegatedFunction.BASIC_CONTRACT]: ['Mutation.issueBasicContract', 'Query.basicContracts', 'Query.workers', 'Query.worker'],
  // Booking asks the task's owner what the task requires (the workers node, with the booking caller's token).
  [DelegatedFunction.ASSIGNMENT]: ['Mutation.createAssignment', 'Query.workerAssignments', 'Query.taskRequirements'],
  [DelegatedFunction.COMMISSION_CONTRACT]: ['Mutation.issueCommissionTerms', 'Query.commissionTerms', 'Query.commissionTermsPdf'],
  // The console approves from the org's queue of submitted entries, many at once.
  [DelegatedFunction.ATTENDANCE]: [
    'Mutation.approveTimeEntry',
    'Mutation.approveTimeEntries',
    'Mutation.returnTimeEntry',
    'Query.timeEntries',
    'Query.submittedTimeEntries',
  ],
  [DelegatedFunction.PAYMENT]: [
    'Mutation.closePayMonth',
    'Mutation.setWorkerBankAccount',
    'Query.payMonth',
    // 締め前確認: the operator confirms a close only after previewing it.
    'Query.payMonthPreview',
    'Query.payStatements',
    'Query.payTransferFile',
    'Query.paymentCertificate',
    'Query.workCertificate',
  ],
};

/** The starred list of the operators' function list: every function above. */
export const DEFAULT_DELEGATED_FUNCTIONS: readonly DelegatedFunction[] = Object.values(DelegatedFunction);

/** Delegated acts the operator's staff only may do (their confirmation), by default: issuing an invoice and closing pay. */
export const DEFAULT_OPERATOR_CONFIRMATIONS: readonly string[] = ['Mutation.issueInvoice', 'Mutation.closePayMonth'];

/** What a member delegated to its partner operator (kept in the registry, published in the routing table). */
export interface Delegation {
  /** The partner operator that acts for the member. */
  operatorId: string;
  functions: readonly DelegatedFunction[];
  /** Coordinates within those functions that only the operator's staff may do. */
  confirmations: readonly string[];
}

/** Who may call an operation of a member: its own staff only, both its staff and its operator's, or the operator only (a confirmation). */
export type DelegatedActor = 'MEMBER' | 'BOTH' | 'OPERATOR_ONLY';

/** The delegated function an operation belongs to, if any. */
export function delegatedFunctionOf(coordinate: string): DelegatedFunction | undefined {
  return DEFAULT_DELEGATED_FUNCTIONS.find((f) => OPERATIONS_OF_DELEGATED_FUNCTION[f].includes(coordinate));
}

/**
 * Who may do `coordinate` for a member with this delegation (none: its own staff only). A
 * delegated operation is for both, unless it is a confirmation (operator only); anything else
 * of the member stays the member's own.
 */
export function actorsFor(coordinate: string, delegation: Delegation | null | undefined): DelegatedActor {
  if (!delegation) return 'MEMBER';
  const fn = delegatedFunctionOf(coordinate);
  if (!fn || !delegation.functions.includes(fn)) return 'MEMBER';
  return delegation.confirmations.includes(coordinate) ? 'OPERATOR_ONLY' : 'BOTH';
}

/** Whether the caller of `callerOrgId` may do `coordinate` for `memberOrgId` with this delegation. */
export function mayActFor(
  callerOrgId: string | null,
  memberOrgId: string,
  coordinate: string,
  delegation: Delegation | null | undefined,
): boolean {
  const actors = actorsFor(coordinate, delegation);
  const isMember = callerOrgId === memberOrgId;
  const isOperator = !!delegation && callerOrgId === delegation.operatorId && callerOrgId !== memberOrgId;
  switch (actors) {
    case 'MEMBER':
      return isMember;
    case 'BOTH':
      return isMember || isOperator;
    case 'OPERATOR_ONLY':
      return isOperator;
  }
}

/**
 * Identity (infra/keycloak/README.md): the operator's staff who act for a member are the members
 * of one Keycloak group per operated member; the group's attribute `operator_for` (the member's
 * id) reaches their access tokens through the clients' "operator for" mapper, which aggregates
 * group attributes. Onboarding creates the group; suspension empties the attribute.
 */
export const OPERATOR_FOR_CLAIM = 'operator_for';

/** The Keycloak group of the operator's staff acting for `memberId`, e.g. `operators-of-omachi`. */
export function operatorGroupName(memberId: string): string {
  return `operators-of-${memberId}`;
}
