import { jwtDecode } from 'jwt-decode';

/** The realm roles the console knows, as the kyodo realm names them. */
export type ConsoleRole = 'consortium-admin' | 'org-admin' | 'director' | 'worker';

export interface Session {
  name: string;
  orgId: string | null;
  roles: ConsoleRole[];
  /**
   * Members the person may act for as staff of their partner operator (the token's `operator_for`
   * claim); empty for everyone else. The nodes decide again on every operation.
   */
  operatorFor: string[];
}

interface AccessClaims {
  name?: string;
  preferred_username?: string;
  organization?: string[] | Record<string, unknown>;
  realm_access?: { roles?: string[] };
  /** One string when the user has a single value, as Keycloak's attribute mapper sends it. */
  operator_for?: string[] | string;
}

const KNOWN: readonly ConsoleRole[] = ['consortium-admin', 'org-admin', 'director', 'worker'];

/**
 * Who is logged in, read from the access token to choose screens. Only for display: the
 * gateway and every node verify the token and decide what the caller may do.
 */
export function sessionOf(accessToken: string): Session {
  const claims = jwtDecode<AccessClaims>(accessToken);
  const organization = claims.organization;
  const orgs = Array.isArray(organization) ? organization : organization ? Object.keys(organization) : [];
  return {
    name: claims.name ?? claims.preferred_username ?? '',
    orgId: orgs[0] ?? null,
    roles: (claims.realm_access?.roles ?? []).filter((r): r is ConsoleRole => (KNOWN as readonly string[]).includes(r)),
    operatorFor: operatorForOf(claims.operator_for),
  };
}

function operatorForOf(claim: AccessClaims['operator_for']): string[] {
  const values = Array.isArray(claim) ? claim : claim ? [claim] : [];
  return values.filter((value): value is string => typeof value === 'string' && value.length > 0);
}

/**
 * The screen a person lands on after login: an org admin's home (what needs their attention),
 * a director's orders board, then a worker's own month.
 */
export function homePathOf(session: Session): string {
  if (session.roles.includes('org-admin')) return '/admin';
  if (session.roles.includes('director')) return '/director/orders';
  if (session.roles.includes('worker')) return '/worker';
  if (session.roles.includes('consortium-admin')) return '/consortium';
  return '/no-role';
}
