import { DomainError, type UpstreamErrorCode } from '@kyodo/subgraph';

/**
 * The workers node's own Keycloak service account (client credentials of kyodo-workers, the
 * secret KEYCLOAK_ADMIN_CLIENT_SECRET): what it pushes facts to another node as. Never a user's
 * token: a write the facts decide must not be callable by the user who asked for it.
 * @remote Asks Keycloak: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface ServiceToken {
  token(): Promise<string>;
}

/** Nest injection token; null when the node has no secret (a push then fails UPSTREAM_NOT_CONFIGURED). */
export const WORKERS_SERVICE_ACCOUNT = Symbol('WORKERS_SERVICE_ACCOUNT');

/**
 * The node's service account, or UPSTREAM_NOT_CONFIGURED naming what cannot be done without it;
 * asked before any work, so a node without the secret refuses at once.
 */
export function requireServiceAccount(account: ServiceToken | null, cannot: string): ServiceToken {
  if (!account)
    throw new DomainError<UpstreamErrorCode>(
      'UPSTREAM_NOT_CONFIGURED',
      `This node has no service account (KEYCLOAK_ADMIN_CLIENT_SECRET), so it cannot ${cannot}.`,
    );
  return account;
}

/** The service account as the caller of a push: its token, never a user's. */
export async function asServiceAccount(account: ServiceToken): Promise<{ token: string }> {
  return { token: await account.token() };
}
