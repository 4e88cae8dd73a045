import { readDemoUsers } from './demo-users';
import { provisionKeycloak, type ProvisionedKeycloak } from './provision-keycloak';
import {
  API_AUDIENCE,
  audiences,
  brokeredLogin,
  BrokeredLoginError,
  clientCredentialsToken,
  decodeJwtPayload,
  KeycloakTokenError,
  passwordToken,
  type KyodoAccessTokenClaims,
} from './tokens';

/**
 * The kyodo realm on a real Keycloak: the provisioned one, or the server KEYCLOAK_URL names.
 * The first run on a machine downloads Keycloak, hence the long set-up timeout.
 */
const KYODO_ROLES = ['consortium-admin', 'org-admin', 'director', 'worker'];
const TOWN_EMPLOYEE = { login: 'yamada@tateshina.kyodo.example', password: 'demo-yamada' };

let keycloak: ProvisionedKeycloak;

beforeAll(async () => {
  keycloak = await provisionKeycloak();
}, 15 * 60_000);

afterAll(async () => {
  await keycloak?.stop();
}, 60_000);

function kyodoRoles(claims: KyodoAccessTokenClaims): string[] {
  return (claims.realm_access?.roles ?? []).filter((role) => KYODO_ROLES.includes(role)).sort();
}

async function claimsOf(username: string, password = `demo-${username}`): Promise<KyodoAccessTokenClaims> {
  return decodeJwtPayload((await passwordToken(keycloak.url, username, password)).access_token);
}

describe('password grant on kyodo-cli', () => {
  it.each([
    ['tateshina-director', 'tateshina'],
    ['shiojiri-director', 'shiojiri'],
  ])('a director of an organization (%s) gets its alias, the director role and audience kyodo-api', async (username, org) => {
    const claims = await claimsOf(username);

    expect(claims.organization).toEqual([org]);
    expect(kyodoRoles(claims)).toEqual(['director']);
    expect(audiences(claims)).toContain(API_AUDIENCE);
    expect(claims.iss).toBe(`${keycloak.url}/realms/kyodo`);
    expect(claims.azp).toBe('kyodo-cli');
  });

  it('gives every demo user exactly the organization and role of this reviewed table', async () => {
    const granted: Array<[string, string | null, string[]]> = [];
    for (const user of readDemoUsers()) {
      const claims = await claimsOf(user.username, user.password);
      expect(audiences(claims)).toContain(API_AUDIENCE);
      granted.push([user.username, claims.organization?.join(',') ?? null, kyodoRoles(claims)]);
    }

    // A change of who belongs where, or who holds which role, must show up here as a diff.
    expect(granted).toEqual([
      ['shiojiri-admin', 'shiojiri', ['org-admin']],
      ['shiojiri-director', 'shiojiri', ['director']],
      ['shiojiri-worker', 'shiojiri', ['worker']],
      ['tateshina-admin', 'tateshina', ['org-admin']],
      ['tateshina-director', 'tateshina', ['director']],
      ['tateshina-worker', 'tateshina', ['worker']],
      ['itoigawa-admin', 'itoigawa', ['org-admin']],
      ['itoigawa-director', 'itoigawa', ['director']],
      ['itoigawa-worker', 'itoigawa', ['worker']],
      ['consortium-admin', null, ['consortium-admin']],
    ]);
  });

  it('refuses a wrong password', async () => {
    await expect(passwordToken(keycloak.url, 'tateshina-director', 'not-the-password')).rejects.toMatchObject({
      error: 'invalid_grant',
    });
  });
});

describe('brokered login through the town identity provider tateshina-idp', () => {
  it('turns the town employee yamada into a tateshina director with a kyodo token', async () => {
    const tokens = await brokeredLogin(keycloak.url, 'tateshina-idp', TOWN_EMPLOYEE.login, TOWN_EMPLOYEE.password);
    const claims = decodeJwtPayload(tokens.access_token);

    expect(claims.organization).toEqual(['tateshina']);
    expect(kyodoRoles(claims)).toEqual(['director']);
    expect(audiences(claims)).toContain(API_AUDIENCE);
    expect(claims.azp).toBe('kyodo-web');
    expect(claims.preferred_username).toBe('tateshina.yamada');
    expect(claims.iss).toBe(`${keycloak.url}/realms/kyodo`);
  });

  it('logs the same employee into the same kyodo account every time', async () => {
    const first = decodeJwtPayload(
      (await brokeredLogin(keycloak.url, 'tateshina-idp', TOWN_EMPLOYEE.login, TOWN_EMPLOYEE.password)).access_token,
    );
    const again = decodeJwtPayload(
      (await brokeredLogin(keycloak.url, 'tateshina-idp', TOWN_EMPLOYEE.login, TOWN_EMPLOYEE.password)).access_token,
    );

    expect(again.sub).toBe(first.sub);
    expect(again.organization).toEqual(['tateshina']);
  });

  it('stops at the town login form when the town password is wrong', async () => {
    const attempt = brokeredLogin(keycloak.url, 'tateshina-idp', TOWN_EMPLOYEE.login, 'not-the-password');

    await expect(attempt).rejects.toThrow(BrokeredLoginError);
    await expect(attempt).rejects.toThrow(/refused by tateshina-idp/);
  });
});

describe('kyodo-web', () => {
  it('refuses an authorization request without a PKCE challenge', async () => {
    const redirectUri = 'http://localhost:4200/auth/callback';
    const authorize = new URL(`${keycloak.url}/realms/kyodo/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'kyodo-web',
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: 'openid',
    }).toString();

    const response = await fetch(authorize, { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '', keycloak.url);

    expect(response.status).toBe(302);
    expect(location.href.startsWith(redirectUri)).toBe(true);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });
});

describe('client credentials of the service clients', () => {
  it.each(['kyodo-gateway', 'kyodo-orders', 'kyodo-workers', 'kyodo-training', 'kyodo-reporting'])(
    '%s gets a service-account token for kyodo-api without an organization',
    async (clientId) => {
      const claims = decodeJwtPayload((await clientCredentialsToken(keycloak.url, clientId, `demo-${clientId}-secret`)).access_token);

      expect(claims.azp).toBe(clientId);
      expect(audiences(claims)).toContain(API_AUDIENCE);
      expect(claims.organization).toBeUndefined();
      expect(kyodoRoles(claims)).toEqual([]);
    },
  );

  it('refuses a wrong secret', async () => {
    const attempt = clientCredentialsToken(keycloak.url, 'kyodo-orders', 'not-the-secret');

    await expect(attempt).rejects.toBeInstanceOf(KeycloakTokenError);
    await expect(attempt).rejects.toMatchObject({ error: 'unauthorized_client' });
  });
});
