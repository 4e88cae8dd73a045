import { Role } from './role';

/** Who is calling, from a verified access token. */
export interface AuthContext {
  /** Keycloak user id (`sub`). */
  userId: string;
  username: string;
  /** The caller's organization alias (a member id such as `tateshina`), or null (consortium-admin, service accounts). */
  orgId: string | null;
  roles: Role[];
  /**
   * Members this user may act for as staff of their partner operator (the token's `operator_for`
   * claim). It counts only where the registry agrees that the caller's org is that member's
   * operator, and only on the functions the member delegated (libs/domain delegation.ts).
   */
  operatorFor?: readonly string[];
  /** Set for a service account (client credentials): the client id, e.g. `kyodo-reporting`. */
  serviceClient: string | null;
  /** The Keycloak session (`sid`) the token belongs to; null for tokens without one. */
  sessionId?: string | null;
  /** The raw bearer token, forwarded by the gateway to the nodes. */
  token: string;
}

export function hasAnyRole(auth: AuthContext, roles: readonly Role[]): boolean {
  return auth.roles.some((role) => roles.includes(role));
}

/** Staff (org-admin or director) of the given org. */
export function isStaffOf(auth: AuthContext, orgId: string): boolean {
  return auth.orgId === orgId && hasAnyRole(auth, [Role.OrgAdmin, Role.Director]);
}
