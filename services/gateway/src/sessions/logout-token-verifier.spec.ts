import { generateKeyPairSync } from 'node:crypto';
import { createServer, Server } from 'node:http';
import { SignJWT } from 'jose';
import { BACKCHANNEL_LOGOUT_EVENT, InvalidLogoutToken, LogoutTokenVerifier } from './logout-token-verifier';

/** Keycloak's logout tokens, as the realm would sign them, against a stand-in JWKS endpoint. */
describe('LogoutTokenVerifier', () => {
  const realmKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [{ ...realmKey.publicKey.export({ format: 'jwk' }), kid: 'realm-key', use: 'sig', alg: 'RS256' }] }));
  });
  let keycloakUrl: string;
  let verifier: LogoutTokenVerifier;

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    keycloakUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    verifier = new LogoutTokenVerifier({ keycloakUrl, realm: 'kyodo' });
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const logoutToken = (
    claims: Record<string, unknown> = {},
    options: { key?: typeof realmKey.privateKey; iat?: number; iss?: string } = {},
  ) =>
    new SignJWT({ sid: 'session-a', events: { [BACKCHANNEL_LOGOUT_EVENT]: {} }, ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: 'realm-key', typ: 'logout+jwt' })
      .setIssuer(options.iss ?? `${keycloakUrl}/realms/kyodo`)
      .setAudience('kyodo-web')
      .setSubject('user-1')
      .setIssuedAt(options.iat ?? Math.floor(Date.now() / 1000))
      .setJti('logout-1')
      .sign(options.key ?? realmKey.privateKey);

  it("reads the ended session's id from a logout token the realm signed", async () => {
    expect(await verifier.sessionIdOf(await logoutToken())).toBe('session-a');
  });

  it.each([
    ['signed with another key', () => logoutToken({}, { key: otherKey.privateKey })],
    ['from another realm', () => logoutToken({}, { iss: 'http://elsewhere/realms/kyodo' })],
    ['issued long ago', () => logoutToken({}, { iat: Math.floor(Date.now() / 1000) - 3600 })],
    ['without the logout event', () => logoutToken({ events: { other: {} } })],
    ['without a session id', () => logoutToken({ sid: undefined })],
    ['with a nonce (an ID token)', () => logoutToken({ nonce: 'n' })],
    [
      'unsigned',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sid: 'session-a' })).toString('base64url')}.`,
    ],
  ])('refuses a token %s', async (_case, make) => {
    await expect(verifier.sessionIdOf(await make())).rejects.toBeInstanceOf(InvalidLogoutToken);
  });
});
