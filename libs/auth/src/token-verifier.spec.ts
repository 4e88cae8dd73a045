import { generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { AuthError } from './auth.errors';
import { Role } from './role';
import { TokenVerifier } from './token-verifier';

/** A stand-in for the realm's key endpoint that counts how often it is asked. */
function keyServer(publicKey: KeyObject, kid: string) {
  let requests = 0;
  const server: Server = createServer((req, res) => {
    requests++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }] }));
  });
  return { server, requests: () => requests };
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

function token(privateKey: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const unsigned = `${base64url({ alg: 'RS256', typ: 'JWT', kid })}.${base64url(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), privateKey).toString('base64url')}`;
}

describe('TokenVerifier (keycloak-connect, bearer-only)', () => {
  const realmKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keys = keyServer(realmKey.publicKey, 'realm-key');
  let keycloakUrl: string;
  let verifier: TokenVerifier;
  let claims: Record<string, unknown>;

  beforeAll(async () => {
    await new Promise<void>((resolve) => keys.server.listen(0, '127.0.0.1', resolve));
    keycloakUrl = `http://127.0.0.1:${(keys.server.address() as { port: number }).port}`;
    verifier = new TokenVerifier({ keycloakUrl, realm: 'kyodo', audience: 'kyodo-api' });
    const now = Math.floor(Date.now() / 1000);
    claims = {
      iss: `${keycloakUrl}/realms/kyodo`,
      aud: ['kyodo-api', 'account'],
      typ: 'Bearer',
      iat: now,
      exp: now + 300,
      sub: 'user-1',
      preferred_username: 'tateshina-director',
      organization: ['tateshina'],
      realm_access: { roles: ['director', 'default-roles-kyodo'] },
    };
  });

  afterAll(() => new Promise<void>((resolve) => keys.server.close(() => resolve())));

  const bearer = (privateKey: KeyObject, kid: string, overrides: Record<string, unknown> = {}) =>
    `Bearer ${token(privateKey, kid, { ...claims, ...overrides })}`;

  it('reads the caller from a valid token, fetching the realm keys once for many requests', async () => {
    for (let i = 0; i < 20; i++) {
      const auth = await verifier.verify(bearer(realmKey.privateKey, 'realm-key', { sub: `user-${i}` }));
      expect(auth).toMatchObject({ userId: `user-${i}`, orgId: 'tateshina', roles: [Role.Director], serviceClient: null });
    }
    expect(keys.requests()).toBe(1);
  });

  it.each([
    ['an expired token', { exp: Math.floor(Date.now() / 1000) - 10 }, /expired/],
    ['another audience', { aud: 'account' }, /audience/],
    ['another realm', { iss: 'http://127.0.0.1:1/realms/other' }, /ISS/],
    ['a refresh token', { typ: 'Refresh' }, /type/],
  ])('refuses %s with UNAUTHENTICATED', async (_case, overrides, reason) => {
    const refusal = verifier.verify(bearer(realmKey.privateKey, 'realm-key', overrides));
    await expect(refusal).rejects.toBeInstanceOf(AuthError);
    await expect(refusal).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(reason) });
  });

  it('refuses a token signed with a key the realm does not publish, also while key refetches are throttled', async () => {
    await expect(verifier.verify(bearer(otherKey.privateKey, 'realm-key'))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify(bearer(otherKey.privateKey, 'unknown-key'))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses a missing or malformed header', async () => {
    await expect(verifier.verify(undefined)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    await expect(verifier.verify('Basic abc')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('checks a token once and answers the same token from memory until it expires, then refuses it', async () => {
    const fresh = new TokenVerifier({ keycloakUrl, realm: 'kyodo', audience: 'kyodo-api' });
    const grants = jest.spyOn(
      (fresh as unknown as { grantManager: { createGrant(t: unknown): Promise<unknown> } }).grantManager,
      'createGrant',
    );
    const shortLived = bearer(realmKey.privateKey, 'realm-key', { sub: 'user-short', exp: Math.floor(Date.now() / 1000) + 2 });
    for (let i = 0; i < 50; i++) expect(await fresh.verify(shortLived)).toMatchObject({ userId: 'user-short', roles: [Role.Director] });
    expect(grants).toHaveBeenCalledTimes(1);

    // A token that fails is never remembered: each attempt is checked, and refused.
    const forged = bearer(otherKey.privateKey, 'realm-key');
    for (let i = 0; i < 3; i++) await expect(fresh.verify(forged)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(grants).toHaveBeenCalledTimes(4);

    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(fresh.verify(shortLived)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
  });

  it("refuses a token whose session has ended, also after it was verified and remembered, and only that session's tokens", async () => {
    const ended = new Set<string>();
    const withRevocations = new TokenVerifier(
      { keycloakUrl, realm: 'kyodo', audience: 'kyodo-api' },
      { isRevoked: (sid) => ended.has(sid) },
    );
    const sessionToken = bearer(realmKey.privateKey, 'realm-key', { sid: 'session-a' });
    const otherSession = bearer(realmKey.privateKey, 'realm-key', { sid: 'session-b' });
    const noSession = bearer(realmKey.privateKey, 'realm-key', { sub: 'service' });

    expect(await withRevocations.verify(sessionToken)).toMatchObject({ sessionId: 'session-a', userId: 'user-1' });
    ended.add('session-a');
    await expect(withRevocations.verify(sessionToken)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/session has ended/),
    });
    // Still refused when asked again (the memory dropped it and verification refuses it again).
    await expect(withRevocations.verify(sessionToken)).rejects.toBeInstanceOf(AuthError);
    expect(await withRevocations.verify(otherSession)).toMatchObject({ sessionId: 'session-b' });
    expect(await withRevocations.verify(noSession)).toMatchObject({ sessionId: null });
  });
});
