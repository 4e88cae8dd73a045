import { createRemoteJWKSet, errors, jwtVerify, JWTPayload } from 'jose';

/** The event an OIDC back-channel logout token announces (OpenID Connect Back-Channel Logout 1.0, §2.4). */
export const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

/** A logout token that fails any check (signature, issuer, age, shape): answered 400 invalid_request. */
export class InvalidLogoutToken extends Error {}

/**
 * Verifies the logout tokens Keycloak posts to the gateway when a session ends, with `jose`:
 * signature against the realm's published keys (fetched once, refetched for an unknown key id),
 * issuer, issued within the last two minutes, the back-channel logout event, a session id, and no
 * nonce (which would make it an ID token). Any client of the realm may be the audience: a session
 * that ended for one Kyodo client has ended for the API.
 */
export class LogoutTokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;
  private readonly issuer: string;

  constructor(options: { keycloakUrl: string; realm: string }) {
    this.issuer = `${options.keycloakUrl.replace(/\/+$/, '')}/realms/${options.realm}`;
    this.keys = createRemoteJWKSet(new URL(`${this.issuer}/protocol/openid-connect/certs`));
  }

  /** The ended session's id (`sid`). */
  async sessionIdOf(logoutToken: string): Promise<string> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(logoutToken, this.keys, { issuer: this.issuer, maxTokenAge: '2m', requiredClaims: ['iat', 'aud'] }));
    } catch (error) {
      const reason = error instanceof errors.JOSEError ? error.code : 'unreadable';
      throw new InvalidLogoutToken(`logout token refused (${reason})`);
    }
    const events = payload.events as Record<string, unknown> | undefined;
    if (typeof events !== 'object' || events === null || !(BACKCHANNEL_LOGOUT_EVENT in events)) {
      throw new InvalidLogoutToken('logout token refused (no back-channel logout event)');
    }
    if ('nonce' in payload) throw new InvalidLogoutToken('logout token refused (carries a nonce)');
    if (typeof payload.sid !== 'string' || payload.sid.length === 0 || payload.sid.length > 255) {
      throw new InvalidLogoutToken('logout token refused (no session id)');
    }
    return payload.sid;
  }
}
