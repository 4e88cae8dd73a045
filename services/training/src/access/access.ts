import { isStaffOf, mayResolveReference, type AuthContext, type Role } from '@kyodo/auth';

/**
 * Who may touch a row of this node: every rule in one table (STYLE.md item 12, Immich's
 * utils/access.ts), called by resolvers, references and services alike, each rule unit-tested in
 * access.spec.ts. A rule reads only the caller and facts the node holds, never anything the
 * caller sent. Training keeps no logins: a worker's own view is the workers node's.
 */
export const ACCESS_RULES = {
  /** 所属団体の職員: an org admin or director of the row's own org. */
  homeOrgStaff: (auth: AuthContext | undefined, row: { orgId: string }): boolean => !!auth && isStaffOf(auth, row.orgId),

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
