import { createSign, generateKeyPairSync } from 'node:crypto';
import { decodeJwtPayload, KeycloakTokenError, KYODO_REALM, tokenEndpoint } from '@kyodo/keycloak-tools';
import { testKeycloakUrl, tokenFor } from '@kyodo/testing';

/**
 * Tokens a service must refuse, each wrong in exactly one way, obtained from the real Keycloak
 * through the test-only clients of infra/keycloak (their descriptions say "TEST ONLY").
 */

/** kyodo realm, like kyodo-cli, but access tokens live one second. */
export const SHORT_LIVED_CLIENT = 'kyodo-test-short-lived';
/** kyodo realm, like kyodo-cli, but without the kyodo-api audience mapper. */
export const NO_AUDIENCE_CLIENT = 'kyodo-test-no-audience';
/** The town's realm (tateshina-idp): audience kyodo-api and organization tateshina, wrong issuer. */
export const TOWN_REALM = 'tateshina-idp';
export const TOWN_TEST_CLIENT = 'town-test-cli';

/** Password grant on any direct-grant client of any realm of the test Keycloak. */
export async function directGrantToken(realm: string, clientId: string, username: string, password: string): Promise<string> {
  const response = await fetch(tokenEndpoint(testKeycloakUrl(), realm), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: clientId, username, password }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!body.access_token) throw new KeycloakTokenError(response.status, body.error ?? 'unknown_error', body.error_description);
  return body.access_token;
}

/** A genuine token of a demo user that has expired: issued with a one-second lifespan, then waited out. */
export async function expiredToken(username: string): Promise<string> {
  const token = await directGrantToken(KYODO_REALM, SHORT_LIVED_CLIENT, username, `demo-${username}`);
  const { exp } = decodeJwtPayload(token);
  // keycloak-connect treats a token as expired once exp (seconds) * 1000 < now.
  const wait = exp * 1000 + 1_100 - Date.now();
  if (wait > 10_000)
    throw new Error(`${SHORT_LIVED_CLIENT} issued a token living ${Math.round(wait / 1000)} s; its lifespan attribute is not applied`);
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return token;
}

/** A genuine demo user's token without the kyodo-api audience (signed by the right realm key). */
export function noAudienceToken(username: string): Promise<string> {
  return directGrantToken(KYODO_REALM, NO_AUDIENCE_CLIENT, username, `demo-${username}`);
}

/** The town employee's token from the town's own realm: right audience and organization, wrong issuer. */
export function wrongRealmToken(): Promise<string> {
  return directGrantToken(TOWN_REALM, TOWN_TEST_CLIENT, 'yamada', 'demo-yamada');
}

/**
 * The demo user's genuine token with the same header (kid, alg) and claims, re-signed with an
 * RSA key generated here: only the signature betrays it.
 */
export async function forgedToken(username: string): Promise<string> {
  const [header, payload] = (await tokenFor(username)).split('.');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** The demo user's genuine claims under `alg: none` and no signature at all. */
export async function unsignedToken(username: string): Promise<string> {
  const [header, payload] = (await tokenFor(username)).split('.');
  const unsignedHeader = { ...JSON.parse(Buffer.from(header, 'base64url').toString('utf8')), alg: 'none' };
  return `${Buffer.from(JSON.stringify(unsignedHeader)).toString('base64url')}.${payload}.`;
}

/** The header of a JWT, decoded without checking anything. */
export function decodeJwtHeader(jwt: string): { alg: string; kid?: string } {
  return JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString('utf8')) as { alg: string; kid?: string };
}
