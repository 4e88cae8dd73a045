import { actsByDelegation, hasAnyRole, isStaffOf, mayResolveReference, Role, type AuthContext } from '@kyodo/auth';

/**
 * Who may touch a row of this node: every rule in one table (STYLE.md item 12, Immich's
 * utils/access.ts), called by resolvers, references and services alike, each rule unit-tested in
 * access.spec.ts. A rule reads only the caller and facts of rows the node itself holds (an
 * order's org, a claim's claimant and status), never anything the caller sent.
 */
export const ACCESS_RULES = {
  /** 所属団体の職員: an org admin or director of the row's own org (the order's owner). */
  homeOrgStaff: (auth: AuthContext | undefined, row: { orgId: string }): boolean => !!auth && isStaffOf(auth, row.orgId),

  /**
   * 共同受注: staff of the member whose claim on the owner's offer the owner approved, for what
   * the claim covers (the task's requirements, the claim and its settlement).
   */
  sharedUnderApprovedClaim: (auth: AuthContext | undefined, claim: { claimantOrgId: string; status: string }): boolean =>
    !!auth && claim.status === 'APPROVED' && isStaffOf(auth, claim.claimantOrgId),

  /**
   * Staff of the row's org's partner operator acting for it (their token names it in
   * operator_for, this node's OPERATED_BY names their org) on an operation of a delegated
   * function, e.g. what a task requires when they book a worker on it (アサイン). For operations the
   * guard does not mark (cross-org ones).
   */
  operatorActingFor: (
    auth: AuthContext | undefined,
    row: { orgId: string; operatedBy: Readonly<Record<string, string>> | undefined; coordinate: string },
  ): boolean =>
    !!auth && hasAnyRole(auth, [Role.OrgAdmin, Role.Director]) && actsByDelegation(auth, row.orgId, row.operatedBy, row.coordinate),

  /** Staff of the partner side of a row between members (a claim it made, a settlement it is paid by). */
  partnerStaff: (auth: AuthContext | undefined, row: { partnerOrgId: string }): boolean => !!auth && isStaffOf(auth, row.partnerOrgId),

  /**
   * An entity reference (`_entities`, reached without the guard): the caller holds one of the
   * roles, counted as the guard counts them (member roles only at their own org's node).
   */
  referenceAllowed: (context: object, row: { nodeOrgId: string; roles: readonly Role[] }): boolean =>
    mayResolveReference(context, row.nodeOrgId, row.roles),
} as const;

export type AccessRule = keyof typeof ACCESS_RULES;
type Subject<R extends AccessRule> = Parameters<(typeof ACCESS_RULES)[R]>;

/** Whether `rule` lets the caller at the row. */
export function may<R extends AccessRule>(rule: R, ...[caller, row]: Subject<R>): boolean {
  return (ACCESS_RULES[rule] as (caller: Subject<R>[0], row: Subject<R>[1]) => boolean)(caller, row);
}
