import { AuthError, Role, TokenVerifier } from '@kyodo/auth';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { startTestIssuer, TestIssuer } from './test-issuer';

interface TokenAnswer {
  status: number;
  body: { access_token?: string; expires_in?: number; session_state?: string; error?: string; error_description?: string };
}

async function requestToken(
  baseUrl: string,
  params: Record<string, string>,
  realm = 'kyodo',
  headers: Record<string, string> = {},
): Promise<TokenAnswer> {
  const response = await fetch(`${baseUrl}/realms/${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params),
  });
  return { status: response.status, body: (await response.json()) as TokenAnswer['body'] };
}

const passwordGrant = (baseUrl: string, username: string, clientId = 'kyodo-cli', realm = 'kyodo', password = `demo-${username}`) =>
  requestToken(baseUrl, { grant_type: 'password', client_id: clientId, username, password }, realm);

const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe('test OIDC issuer (stands in for Keycloak in the node tier)', () => {
  let issuer: TestIssuer;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    verifier = new TokenVerifier({ keycloakUrl: issuer.url, realm: 'kyodo', audience: 'kyodo-api' });
  });
  afterAll(() => issuer?.stop());

  it('serves a discovery document whose keys verify its tokens (with jose, independently of keycloak-connect)', async () => {
    const discovery = (await (await fetch(`${issuer.url}/realms/kyodo/.well-known/openid-configuration`)).json()) as Record<string, string>;
    expect(discovery).toMatchObject({
      issuer: `${issuer.url}/realms/kyodo`,
      token_endpoint: `${issuer.url}/realms/kyodo/protocol/openid-connect/token`,
      jwks_uri: `${issuer.url}/realms/kyodo/protocol/openid-connect/certs`,
    });
    const { body } = await passwordGrant(discovery.token_endpoint.replace(/\/realms\/.*$/, ''), 'tateshina-director');
    const { payload, protectedHeader } = await jwtVerify(body.access_token!, createRemoteJWKSet(new URL(discovery.jwks_uri)), {
      issuer: discovery.issuer,
      audience: 'kyodo-api',
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: expect.any(String) });
    expect(payload.preferred_username).toBe('tateshina-director');
  });

  it("issues a demo user's token with the real realm's claims, which the nodes' verifier accepts", async () => {
    const { status, body } = await passwordGrant(issuer.url, 'tateshina-director');
    expect(status).toBe(200);
    const claims = claimsOf(body.access_token!);
    expect(claims).toMatchObject({
      iss: `${issuer.url}/realms/kyodo`,
      aud: ['kyodo-api', 'account'],
      typ: 'Bearer',
      azp: 'kyodo-cli',
      sid: body.session_state,
      organization: ['tateshina'],
      preferred_username: 'tateshina-director',
      email: 'tateshina-director@tateshina.kyodo.example',
      realm_access: { roles: expect.arrayContaining(['director', 'default-roles-kyodo']) },
    });
    expect((claims.exp as number) - (claims.iat as number)).toBe(300);
    expect(body.expires_in).toBe(300);
    expect(await verifier.verify(`Bearer ${body.access_token}`)).toMatchObject({
      username: 'tateshina-director',
      orgId: 'tateshina',
      roles: [Role.Director],
      serviceClient: null,
    });
  });

  it('keeps a user’s subject across tokens, and gives each grant its own session', async () => {
    const [first, second] = await Promise.all([
      passwordGrant(issuer.url, 'tateshina-worker'),
      passwordGrant(issuer.url, 'tateshina-worker'),
    ]);
    expect(claimsOf(first.body.access_token!).sub).toBe(claimsOf(second.body.access_token!).sub);
    expect(claimsOf(first.body.access_token!).sid).not.toBe(claimsOf(second.body.access_token!).sid);
    expect(claimsOf(first.body.access_token!).sub).not.toBe(
      claimsOf((await passwordGrant(issuer.url, 'tateshina-director')).body.access_token!).sub,
    );
  });

  it("names the members a user acts for as their operator's staff (operator_for) from the groups they are in", async () => {
    // shiojiri-director is in operators-of-tateshina, whose attribute operator_for the mapper aggregates.
    const director = claimsOf((await passwordGrant(issuer.url, 'shiojiri-director')).body.access_token!);
    expect(director).toMatchObject({ organization: ['shiojiri'], operator_for: ['tateshina'] });
    expect(await verifier.verify(`Bearer ${(await passwordGrant(issuer.url, 'shiojiri-director')).body.access_token}`)).toMatchObject({
      orgId: 'shiojiri',
      operatorFor: ['tateshina'],
    });
    // The operator's admin is in no such group; the town's own staff never are.
    expect(claimsOf((await passwordGrant(issuer.url, 'shiojiri-admin')).body.access_token!).operator_for).toBeUndefined();
    expect(claimsOf((await passwordGrant(issuer.url, 'tateshina-director')).body.access_token!).operator_for).toBeUndefined();
  });

  it('gives the consortium admin no organization', async () => {
    const { body } = await passwordGrant(issuer.url, 'consortium-admin');
    expect(claimsOf(body.access_token!).organization).toBeUndefined();
    expect(await verifier.verify(`Bearer ${body.access_token}`)).toMatchObject({ orgId: null, roles: [Role.ConsortiumAdmin] });
  });

  it("issues a service account's token for the client's secret (post or basic), and refuses a wrong one", async () => {
    const posted = await requestToken(issuer.url, {
      grant_type: 'client_credentials',
      client_id: 'kyodo-reporting',
      client_secret: 'demo-kyodo-reporting-secret',
    });
    expect(claimsOf(posted.body.access_token!)).toMatchObject({
      azp: 'kyodo-reporting',
      client_id: 'kyodo-reporting',
      preferred_username: 'service-account-kyodo-reporting',
    });
    expect(claimsOf(posted.body.access_token!).organization).toBeUndefined();
    expect(claimsOf(posted.body.access_token!).sid).toBeUndefined();
    expect(await verifier.verify(`Bearer ${posted.body.access_token}`)).toMatchObject({
      serviceClient: 'kyodo-reporting',
      roles: [],
      orgId: null,
    });

    const basic = `Basic ${Buffer.from('kyodo-reporting:demo-kyodo-reporting-secret').toString('base64')}`;
    expect((await requestToken(issuer.url, { grant_type: 'client_credentials' }, 'kyodo', { authorization: basic })).status).toBe(200);

    expect(
      await requestToken(issuer.url, { grant_type: 'client_credentials', client_id: 'kyodo-reporting', client_secret: 'not-the-secret' }),
    ).toEqual({
      status: 401,
      body: { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' },
    });
    expect(await requestToken(issuer.url, { grant_type: 'client_credentials', client_id: 'kyodo-cli' })).toMatchObject({
      status: 401,
      body: { error: 'unauthorized_client' },
    });
  });

  it.each([
    [
      'a wrong password',
      { grant_type: 'password', client_id: 'kyodo-cli', username: 'tateshina-director', password: 'demo-tateshina-admin' },
      400,
      'invalid_grant',
    ],
    [
      'an unknown user',
      { grant_type: 'password', client_id: 'kyodo-cli', username: 'nobody', password: 'demo-nobody' },
      400,
      'invalid_grant',
    ],
    [
      'a service account as a user',
      { grant_type: 'password', client_id: 'kyodo-cli', username: 'service-account-kyodo-gateway', password: '' },
      400,
      'invalid_grant',
    ],
    [
      'the browser client (no direct grants)',
      { grant_type: 'password', client_id: 'kyodo-web', username: 'tateshina-director', password: 'demo-tateshina-director' },
      400,
      'unauthorized_client',
    ],
    [
      'an unknown client',
      { grant_type: 'password', client_id: 'nope', username: 'tateshina-director', password: 'demo-tateshina-director' },
      401,
      'invalid_client',
    ],
    ['another grant type', { grant_type: 'authorization_code', client_id: 'kyodo-cli', code: 'x' }, 400, 'unsupported_grant_type'],
  ])('refuses %s as Keycloak does', async (_case, params, status, error) => {
    const answer = await requestToken(issuer.url, params);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toBe(error);
    expect(answer.body.access_token).toBeUndefined();
  });

  it("answers an unknown realm with Keycloak's 404", async () => {
    const response = await fetch(`${issuer.url}/realms/nope/.well-known/openid-configuration`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'Realm does not exist' });
  });

  describe('the realm files’ TEST ONLY clients give the tokens a node must refuse', () => {
    it('kyodo-test-no-audience: no kyodo-api audience', async () => {
      const { body } = await passwordGrant(issuer.url, 'tateshina-director', 'kyodo-test-no-audience');
      expect(claimsOf(body.access_token!).aud).toBe('account');
      await expect(verifier.verify(`Bearer ${body.access_token}`)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/audience/),
      });
    });

    it('kyodo-test-short-lived: expires after one second', async () => {
      const { body } = await passwordGrant(issuer.url, 'tateshina-director', 'kyodo-test-short-lived');
      const claims = claimsOf(body.access_token!);
      expect((claims.exp as number) - (claims.iat as number)).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, (claims.exp as number) * 1000 + 1_100 - Date.now()));
      await expect(verifier.verify(`Bearer ${body.access_token}`)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/expired/),
      });
    });

    it("the town's realm: right audience and organization, another issuer and signing key", async () => {
      const { body } = await passwordGrant(issuer.url, 'yamada', 'town-test-cli', 'tateshina-idp');
      const kyodo = await passwordGrant(issuer.url, 'tateshina-director');
      expect(claimsOf(body.access_token!)).toMatchObject({
        iss: `${issuer.url}/realms/tateshina-idp`,
        aud: ['kyodo-api', 'account'],
        organization: ['tateshina'],
      });
      expect(decodeProtectedHeader(body.access_token!).kid).not.toBe(decodeProtectedHeader(kyodo.body.access_token!).kid);
      await expect(verifier.verify(`Bearer ${body.access_token}`)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        message: expect.stringMatching(/ISS/),
      });
    });
  });

  it("refuses, at a verifier of another issuer, a token that claims that issuer's URL but is signed with this one's key", async () => {
    const other = await startTestIssuer();
    try {
      const impostor = await startTestIssuer({ claimedUrl: other.url });
      const { body } = await passwordGrant(impostor.url, 'tateshina-director');
      await impostor.stop();
      expect(claimsOf(body.access_token!).iss).toBe(`${other.url}/realms/kyodo`);
      const refusal = new TokenVerifier({ keycloakUrl: other.url, realm: 'kyodo', audience: 'kyodo-api' }).verify(
        `Bearer ${body.access_token}`,
      );
      await expect(refusal).rejects.toBeInstanceOf(AuthError);
      await expect(refusal).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/key/) });
    } finally {
      await other.stop();
    }
  });
});
