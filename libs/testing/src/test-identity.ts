import { ServiceAccountTokens } from '@kyodo/auth';

/**
 * Tokens from the identity provider at KEYCLOAK_URL, for the demo users of
 * infra/keycloak/kyodo-realm.json: `<org>-admin`, `<org>-director`, `<org>-worker`,
 * `consortium-admin`, each with the demo password `demo-<username>`. The node projects' jest
 * setup points it at the local test issuer (oidc/test-issuer.ts), the end-to-end project's at
 * the real Keycloak; either answers the same password grant with the same claims.
 */
export function testKeycloakUrl(): string {
  const url = process.env.KEYCLOAK_URL;
  if (!url)
    throw new Error(
      'KEYCLOAK_URL is not set: run the tests through jest, whose global setup starts the test issuer or provisions Keycloak.',
    );
  return url;
}

/** What a service under test needs to verify tokens. */
export function testAuthOptions(): { keycloakUrl: string; realm: string; audience: string } {
  return { keycloakUrl: testKeycloakUrl(), realm: 'kyodo', audience: 'kyodo-api' };
}

const cache = new Map<string, { token: Promise<string>; at: number }>();
/** Well inside Keycloak's access-token lifespan, so a cached token never expires mid-test. */
const REUSE_MS = 60_000;

/** An access token for a demo user (password grant through the kyodo-cli client). */
export function tokenFor(username: string): Promise<string> {
  const cached = cache.get(username);
  if (cached && Date.now() - cached.at < REUSE_MS) return cached.token;
  const token = (async () => {
    const response = await fetch(`${testKeycloakUrl()}/realms/kyodo/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'kyodo-cli', username, password: `demo-${username}` }),
    });
    const body = (await response.json()) as { access_token?: string; error_description?: string };
    if (!body.access_token) throw new Error(`No token for ${username}: ${body.error_description ?? response.status}`);
    return body.access_token;
  })();
  token.catch(() => cache.delete(username));
  cache.set(username, { token, at: Date.now() });
  return token;
}

/** `{ authorization: 'Bearer …' }` for a demo user. */
export async function bearer(username: string): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenFor(username)}` };
}

/**
 * A service account of the kyodo realm (kyodo-workers, kyodo-training, kyodo-reporting) with its
 * demo client secret `demo-<clientId>-secret` (infra/keycloak, DEMO ONLY): client credentials at
 * KEYCLOAK_URL, as the node under test would hold them.
 */
export function testServiceAccount(clientId: string): ServiceAccountTokens {
  return new ServiceAccountTokens({ keycloakUrl: testKeycloakUrl(), realm: 'kyodo', clientId, clientSecret: `demo-${clientId}-secret` });
}
