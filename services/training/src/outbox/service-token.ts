/**
 * The training node's own Keycloak service account (client credentials of kyodo-training):
 * what an outbox delivery authenticates as. Never a user's token: the user who promoted may have
 * logged out, and a stored user token would outlive their session.
 */
export interface ServiceToken {
  token(): Promise<string>;
}
