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
