import KeycloakConnect from 'keycloak-connect';
import { LRUCache } from 'lru-cache';
import { AuthContext } from './auth-context';
import { AuthError } from './auth.errors';
import { isRole } from './role';
import type { SessionRevocations } from './session-revocations';

export interface TokenVerifierOptions {
  /** Keycloak base URL, e.g. http://localhost:8080; the issuer is `<url>/realms/<realm>`. */
  keycloakUrl: string;
  realm: string;
  /** The audience every API token must carry. */
  audience: string;
}

interface VerifiedToken {
  content: {
    exp?: number;
    sub?: string;
    /** The Keycloak session the token belongs to. */
    sid?: string;
    preferred_username?: string;
    azp?: string;
    client_id?: string;
    organization?: string[] | Record<string, unknown>;
    /** Members this user works for as their partner operator's staff (user attribute `operator_for`, see infra/keycloak/README.md). */
    operator_for?: string[] | string;
    realm_access?: { roles?: string[] };
  };
}

type Rotation = { getJWK(kid: string): Promise<string> };

/** Verified tokens kept per process; a client reuses one token for its minutes of life. */
const VERIFIED_CACHE_SIZE = 10_000;

/**
 * Verifies bearer tokens with keycloak-connect's grant manager in bearer-only mode: signature
 * against the realm's published keys, expiry, token type, issuer (realm) and audience. Keys are
 * fetched once per key id and kept, so a request costs no call to Keycloak.
 *
 * The RSA signature check is most of a small request's CPU (measured: ~15 % at the gateway), and
 * a signed token cannot change, so a verified token's caller is kept (LRU, by the token text)
 * until the token expires; an expired token is verified again and refused.
 *
 * Signature checks are offline, so a token would outlive the session it came from: with
 * `revocations` (sessions Keycloak has ended, see SessionRevocations) a token whose `sid` is an
 * ended session is refused, cached or not, and dropped from the cache.
 */
export class TokenVerifier {
  private readonly grantManager: KeycloakConnect.GrantManager;
  private readonly verified = new LRUCache<string, AuthContext>({ max: VERIFIED_CACHE_SIZE });

  constructor(
    options: TokenVerifierOptions,
    private readonly revocations?: SessionRevocations,
  ) {
    const keycloak = new KeycloakConnect({}, {
      realm: options.realm,
      'auth-server-url': options.keycloakUrl,
      resource: options.audience,
      'bearer-only': true,
      'ssl-required': 'external',
      'confidential-port': 0,
      'verify-token-audience': true,
    } as KeycloakConnect.KeycloakConfig);
    this.grantManager = keycloak.grantManager;
    this.cacheKeys((this.grantManager as unknown as { rotation: Rotation }).rotation);
  }

  /** keycloak-connect converts the JWK to PEM on every call; keep the PEM per key id. */
  private cacheKeys(rotation: Rotation): void {
    const fetchKey = rotation.getJWK.bind(rotation);
    const pems = new Map<string, Promise<string>>();
    rotation.getJWK = (kid: string) => {
      let pem = pems.get(kid);
      if (!pem) {
        // Within its refetch interval keycloak-connect answers an unknown key id with undefined.
        pem = fetchKey(kid) ?? Promise.reject(new Error(`unknown signing key ${kid} (key refetch throttled)`));
        pems.set(kid, pem);
        pem.catch(() => pems.delete(kid));
      }
      return pem;
    };
  }

  async verify(authorization: string | undefined): Promise<AuthContext> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new AuthError('UNAUTHENTICATED', 'A bearer token is required.');
    const known = this.verified.get(token);
    if (known) return this.unlessSessionEnded(token, known);
    let grant: { access_token?: unknown };
    try {
      grant = (await this.grantManager.createGrant({ access_token: token } as never)) as { access_token?: unknown };
    } catch (error) {
      throw new AuthError('UNAUTHENTICATED', `The token was refused: ${reasonOf(error)}.`);
    }
    const { content } = grant.access_token as VerifiedToken;
    const auth: AuthContext = {
      userId: content.sub ?? '',
      username: content.preferred_username ?? '',
      orgId: organizationOf(content.organization),
      roles: (content.realm_access?.roles ?? []).filter(isRole),
      operatorFor: operatorForOf(content.operator_for),
      serviceClient: content.preferred_username?.startsWith('service-account-') ? (content.azp ?? content.client_id ?? null) : null,
      sessionId: content.sid ?? null,
      token,
    };
    const ttl = (content.exp ?? 0) * 1000 - Date.now();
    if (ttl > 0) this.verified.set(token, auth, { ttl });
    return this.unlessSessionEnded(token, auth);
  }

  private unlessSessionEnded(token: string, auth: AuthContext): AuthContext {
    if (auth.sessionId && this.revocations?.isRevoked(auth.sessionId)) {
      this.verified.delete(token);
      throw new AuthError('UNAUTHENTICATED', 'The token was refused: its session has ended (logged out).');
    }
    return auth;
  }
}

/** The organization claim holds aliases (member ids); a member belongs to exactly one. */
function organizationOf(claim: VerifiedToken['content']['organization']): string | null {
  const aliases = Array.isArray(claim) ? claim : claim ? Object.keys(claim) : [];
  return aliases.length === 1 ? aliases[0] : null;
}

/** The `operator_for` claim: member ids (one string when the user has a single value). */
function operatorForOf(claim: VerifiedToken['content']['operator_for']): string[] {
  const values = Array.isArray(claim) ? claim : claim ? [claim] : [];
  return values.filter((value): value is string => typeof value === 'string');
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Grant validation failed\. Reason: /, '').replace(/^invalid token \((.*)\)$/, '$1');
}
