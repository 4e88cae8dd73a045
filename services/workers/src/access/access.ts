import { actsByDelegation, hasAnyRole, isStaffOf, mayResolveReference, Role, type AuthContext } from '@kyodo/auth';
import { currentDelegatedAct } from '@kyodo/subgraph';

/**
 * Who may touch a row of this node: every rule in one table (STYLE.md item 12, Immich's
 * utils/access.ts), called by resolvers, references and services alike, each rule unit-tested in
 * access.spec.ts. A rule reads only the caller and facts of the row the node itself holds, never
 * anything the caller sent; where a rule needs a row, the caller looks the row up first.
 */
export const ACCESS_RULES = {
  /** 所属団体の職員: an org admin or director of the row's own org. */
  homeOrgStaff: (auth: AuthContext | undefined, row: { orgId: string }): boolean => !!auth && isStaffOf(auth, row.orgId),

  /**
   * A request the guard let through as a delegated act (the row's org's partner operator's staff,
   * named for it in operator_for, on an operation of a delegated function): that operator's staff,
   * for that org's rows. For the records the function itself works on (the commission terms they
   * issue, the hours they approve), never a worker's record as a whole (workerVisibility).
   */
  operatorInDelegatedAct: (auth: AuthContext | undefined, row: { orgId: string }): boolean =>
    !!auth && actingByDelegationFor(auth, row.orgId),

  /**
   * 受託確認 and the other delegated functions: staff of the row's org's partner operator acting
   * for it (their token names it in operator_for, this node's OPERATED_BY names their org) on an
   * operation of a delegated function. For operations the guard does not mark (cross-org ones).
   */
  operatorActingFor: (
    auth: AuthContext | undefined,
    row: { orgId: string; operatedBy: Readonly<Record<string, string>> | undefined; coordinate: string },
  ): boolean =>
    !!auth && hasAnyRole(auth, [Role.OrgAdmin, Role.Director]) && actsByDelegation(auth, row.orgId, row.operatedBy, row.coordinate),

  /** The worker themself: the worker record carries the caller's account, at the caller's own org. */
  ownWorker: (auth: AuthContext | undefined, row: { orgId: string; worker: { userId: string | null } | null }): boolean =>
    !!auth && row.worker !== null && row.worker.userId !== null && row.worker.userId === auth.userId && auth.orgId === row.orgId,

  /** A worker-role login of the row's org (whose worker record is then found by the login's user id). */
  workerOfOrg: (auth: AuthContext | undefined, row: { orgId: string }): boolean =>
    !!auth && auth.orgId === row.orgId && hasAnyRole(auth, [Role.Worker]),

  /**
   * 共同受注: staff of the member that owns work this org staffs under an approved claim, for the
   * rows of that work (claim_shares are written only once the owner approved the claim).
   */
  sharedUnderApprovedClaim: (auth: AuthContext | undefined, row: { ownerOrgId: string }): boolean =>
    !!auth && auth.orgId === row.ownerOrgId && isStaffOf(auth, row.ownerOrgId),

  /**
   * Another member's staff, for a worker who consented to consortium work: the crossing fields
   * only (CROSSING_WORKER_FIELDS; DESIGN.md: only what a member chooses to share crosses).
   */
  consentedToConsortium: (auth: AuthContext | undefined, row: { orgId: string; consortiumConsent: boolean }): boolean =>
    !!auth && row.consortiumConsent && auth.orgId !== null && auth.orgId !== row.orgId && isStaffOf(auth, auth.orgId),

  /**
   * An entity reference (`_entities`, reached without the guard): the caller holds one of the
   * roles, counted as the guard counts them (member roles only at their own org's node).
   */
  referenceAllowed: (context: object, row: { nodeOrgId: string; roles: readonly Role[] }): boolean =>
    mayResolveReference(context, row.nodeOrgId, row.roles),
} as const;

/** Whether this request is the guard-approved delegated act of `auth`'s org (the operator) for `orgId`. */
function actingByDelegationFor(auth: AuthContext, orgId: string): boolean {
  const act = currentDelegatedAct();
  return !!act && act.member === orgId && act.operator === auth.orgId && hasAnyRole(auth, [Role.OrgAdmin, Role.Director]);
}

export type AccessRule = keyof typeof ACCESS_RULES;
type Subject<R extends AccessRule> = Parameters<(typeof ACCESS_RULES)[R]>;

/** Whether `rule` lets the caller at the row. */
export function may<R extends AccessRule>(rule: R, ...[caller, row]: Subject<R>): boolean {
  return (ACCESS_RULES[rule] as (caller: Subject<R>[0], row: Subject<R>[1]) => boolean)(caller, row);
}
