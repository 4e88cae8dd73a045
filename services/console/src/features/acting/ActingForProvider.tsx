import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import type { ApiClient } from '../../app/api-client';
import { storeActingFor, storedActingFor } from '../../app/acting-for';
import { useSession } from '../../app/use-session';
import type { ActableMembersQuery as ActableMembersResult } from '../../gql/graphql';
import { ActableMembersQuery } from './acting.operations';

export type ActableMember = ActableMembersResult['consortiumMembers'][number];

export interface ActingFor {
  /** The members this person may act for: their token names them and the registry has the person's org as their operator. */
  members: ActableMember[];
  /** The person's own org as the registry names it (for the switcher), once loaded. */
  ownName: string | null;
  /** The member acted for, or null for the own org. */
  member: ActableMember | null;
  /** True while the cache is cleared between two members, or the acted-for member's delegation is still loading: no screen shows then. */
  switching: boolean;
  switchTo(orgId: string | null): Promise<void>;
}

const NOT_ACTING: ActingFor = { members: [], ownName: null, member: null, switching: false, switchTo: async () => undefined };
const ActingForContext = createContext<ActingFor>(NOT_ACTING);

export function useActingFor(): ActingFor {
  return useContext(ActingForContext);
}

/**
 * Keeps the member a partner operator's staff act for in this tab: checked against the token's
 * `operator_for` (a choice the token no longer allows ends), sent with every operation by the
 * Apollo client, and changed only after the cache is cleared, so one member's data never shows
 * under another's name.
 */
export function ActingForProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const session = useSession();
  const operatorFor = session.operatorFor;
  // The page may have loaded before the login (no stored token then): the tab's choice is read
  // again here, against the token now held.
  const [actingForId, setActingForId] = useState<string | null>(() => {
    const chosen = api.actingFor() ?? storedActingFor(window.sessionStorage, operatorFor);
    api.setActingFor(chosen);
    return chosen;
  });
  const [switching, setSwitching] = useState(false);
  const [registry, setRegistry] = useState<ActableMember[] | null>(null);

  const isOperatorStaff = operatorFor.length > 0;
  useEffect(() => {
    if (!isOperatorStaff) return;
    let live = true;
    // Not kept in the cache: switching clears the cache, and the names are needed across it.
    void api.client.query({ query: ActableMembersQuery, fetchPolicy: 'no-cache' }).then(({ data }) => {
      if (live) setRegistry(data?.consortiumMembers ?? []);
    });
    return () => {
      live = false;
    };
  }, [api, isOperatorStaff]);

  const switchTo = useCallback(
    async (orgId: string | null) => {
      const next = orgId && operatorFor.includes(orgId) ? orgId : null;
      // The screens go first, then the cache, and only then do operations name the new org.
      flushSync(() => setSwitching(true));
      await api.client.clearStore();
      api.setActingFor(next);
      storeActingFor(window.sessionStorage, next);
      setActingForId(next);
      setSwitching(false);
    },
    [api, operatorFor],
  );

  // A renewed token that no longer names the member, or a registry that does not have the
  // person's org as its operator, ends acting for it.
  useEffect(() => {
    if (!actingForId) return;
    const registryRefuses = registry !== null && !registry.some((m) => m.id === actingForId && m.partnerOperatorId === session.orgId);
    if (!operatorFor.includes(actingForId) || registryRefuses) void switchTo(null);
  }, [actingForId, operatorFor, registry, session.orgId, switchTo]);

  const value = useMemo<ActingFor>(() => {
    const members = (registry ?? []).filter((m) => operatorFor.includes(m.id) && m.partnerOperatorId === session.orgId);
    // Until the registry answers, the member is named by its id: the banner never waits.
    const member = actingForId
      ? (members.find((m) => m.id === actingForId) ?? {
          __typename: 'Member' as const,
          id: actingForId,
          name: actingForId,
          partnerOperatorId: session.orgId,
          delegatedFunctions: [],
          operatorConfirmations: [],
        })
      : null;
    const ownName = registry?.find((m) => m.id === session.orgId)?.name ?? null;
    const loading = !!actingForId && registry === null;
    return { members, ownName, member, switching: switching || loading, switchTo };
  }, [registry, operatorFor, session.orgId, actingForId, switching, switchTo]);

  return <ActingForContext.Provider value={value}>{children}</ActingForContext.Provider>;
}
