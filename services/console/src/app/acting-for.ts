import type { DocumentNode } from 'graphql';
import type { NavEntry } from './area';

/**
 * 代理操作: a partner operator's staff act for a municipality-run member on the functions it
 * delegated (the token's `operator_for` names the members). The choice lives in this tab only,
 * so two tabs can act for two members; the gateway and the member's node decide again on every
 * operation, this only chooses what the console sends and shows.
 */
export const ACTING_FOR_KEY = 'kyodo.actingFor';

/** The member this tab acts for, if the stored choice is still one the token allows; a stale choice is forgotten. */
export function storedActingFor(storage: Pick<Storage, 'getItem' | 'removeItem'>, operatorFor: readonly string[]): string | null {
  let stored: string | null = null;
  try {
    stored = storage.getItem(ACTING_FOR_KEY);
  } catch {
    return null;
  }
  if (stored === null) return null;
  if (operatorFor.includes(stored)) return stored;
  storage.removeItem(ACTING_FOR_KEY);
  return null;
}

/** Remembers (a member's org id) or forgets (null: back to the own org) this tab's choice. */
export function storeActingFor(storage: Pick<Storage, 'setItem' | 'removeItem'>, orgId: string | null): void {
  if (orgId) storage.setItem(ACTING_FOR_KEY, orgId);
  else storage.removeItem(ACTING_FOR_KEY);
}

/** Whether the operation declares an `$orgId` variable, i.e. names the org its root fields target. */
export function declaresOrgId(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === 'OperationDefinition' && (definition.variableDefinitions ?? []).some((v) => v.variable.name.value === 'orgId'),
  );
}

/**
 * The variables an operation leaves with: while acting for a member, its org id goes into every
 * operation that takes an `$orgId`, so the gateway routes it to the member's node. One that names
 * an org itself keeps it.
 */
export function withActingOrg(
  document: DocumentNode,
  variables: Record<string, unknown>,
  actingFor: string | null,
): Record<string, unknown> {
  if (!actingFor || variables.orgId != null || !declaresOrgId(document)) return variables;
  return { ...variables, orgId: actingFor };
}

/** The navigation while acting for a member: only the screens of the functions it delegated. */
export function navWhileActing(entries: readonly NavEntry[], delegatedFunctions: readonly string[]): NavEntry[] {
  return entries.filter((entry) => entry.delegated !== undefined && delegatedFunctions.includes(entry.delegated));
}

/** The entry whose path is the longest prefix of the page (/worker/offers is 応募, not also /worker). */
export function currentEntry(entries: readonly NavEntry[], pathname: string): NavEntry | null {
  return entries
    .filter((item) => pathname === item.to || pathname.startsWith(`${item.to}/`))
    .reduce<NavEntry | null>((best, item) => (best === null || item.to.length > best.to.length ? item : best), null);
}

/** Where acting for a member starts: the first of its delegated screens the person's roles open. */
export function homeWhileActing(entries: readonly NavEntry[], delegatedFunctions: readonly string[]): string | null {
  return navWhileActing(entries, delegatedFunctions)[0]?.to ?? null;
}
