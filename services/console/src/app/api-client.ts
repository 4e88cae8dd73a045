import type { ApolloClient } from '@apollo/client';
import { storedActingFor } from './acting-for';
import { createApolloClient } from './apollo';
import type { ConsoleConfig } from './config';
import { sessionOf } from './session';

/**
 * The page's one Apollo client, made before React renders so the first screen's query can leave
 * at once (see ConsoleArea.prefetch): on a slow phone, rendering the frame and reading the login
 * first would hold it back. Until the OIDC client has loaded the login, requests carry the access
 * token it stored in this tab; from then on, the one it keeps renewed.
 */
export interface ApiClient {
  client: ApolloClient;
  /** Whether a stored, unexpired access token is there to send before React has loaded the login. */
  hasStoredToken: boolean;
  setToken(token: string | undefined): void;
  /** The member this tab acts for (a partner operator's staff), or null for the own org. */
  actingFor(): string | null;
  setActingFor(orgId: string | null): void;
}

/** oidc-client-ts's session-storage entry of the login (WebStorageStateStore's prefix and key). */
export function storedAccessToken(config: ConsoleConfig, storage: Pick<Storage, 'getItem'>, nowMs = Date.now()): string | undefined {
  try {
    const raw = storage.getItem(`oidc.user:${config.authority}:${config.clientId}`);
    const user = raw ? (JSON.parse(raw) as { access_token?: unknown; expires_at?: unknown }) : null;
    // A token about to expire would be refused on the way: leave it to the OIDC client to renew.
    if (typeof user?.access_token !== 'string' || typeof user.expires_at !== 'number' || user.expires_at * 1000 < nowMs + 10_000) {
      return undefined;
    }
    return user.access_token;
  } catch {
    return undefined;
  }
}

function operatorForOf(token: string): string[] {
  try {
    return sessionOf(token).operatorFor;
  } catch {
    return [];
  }
}

export function createApiClient(config: ConsoleConfig): ApiClient {
  let token = storedAccessToken(config, window.sessionStorage);
  const hasStoredToken = token !== undefined;
  // A choice stored in this tab counts only while the stored login still names that member.
  let actingFor = token ? storedActingFor(window.sessionStorage, operatorForOf(token)) : null;
  const client = createApolloClient(
    config.gatewayUrl,
    () => token,
    () => actingFor,
  );
  return {
    client,
    hasStoredToken,
    setToken: (next) => {
      token = next;
    },
    actingFor: () => actingFor,
    setActingFor: (orgId) => {
      actingFor = orgId;
    },
  };
}
