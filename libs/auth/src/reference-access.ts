import type { AuthContext } from './auth-context';
import { effectiveRoles } from './auth.guard';
import { Role } from './role';

/**
 * Entity lookups (`@ResolveReference`, reached through `_entities`) are built by Apollo, not
 * routed through the guard, so each one states who may see the entity with this check: the
 * caller needs one of `roles`, counted as the guard counts them (member roles only at the
 * caller's own org's node). Returns false for no caller at all.
 */
export function mayResolveReference(context: object, nodeOrgId: string, roles: readonly Role[]): boolean {
  const auth = referenceCaller(context);
  if (!auth) return false;
  return effectiveRoles(auth, nodeOrgId, false).some((role) => roles.includes(role));
}

/** The verified caller of an entity lookup, if any (the guard does not run there, so nothing else hands it over). */
export function referenceCaller(context: object): AuthContext | undefined {
  return (context as { req?: { auth?: AuthContext } }).req?.auth;
}
