import { AuthContext, AuthError, Role } from '@kyodo/auth';

/**
 * Whose figures a caller may read: the support body any org's or the whole consortium's (null),
 * an org admin only its own org's. Everyone else is refused by the resolvers' @Roles already.
 */
export function reportScopeOf(auth: AuthContext, orgId: string | null | undefined): string | null {
  if (auth.roles.includes(Role.ConsortiumAdmin)) return orgId ?? null;
  if (!auth.orgId || (orgId && orgId !== auth.orgId)) {
    throw new AuthError(
      'FORBIDDEN',
      `An org admin of ${auth.orgId ?? 'no org'} reads only its own org's reports, not ${orgId ?? 'the consortium'}'s.`,
    );
  }
  return auth.orgId;
}
