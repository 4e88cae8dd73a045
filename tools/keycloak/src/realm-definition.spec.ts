import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readDemoUsers } from './demo-users';
import { REALM_FILES } from './paths';

/** Static checks of infra/keycloak: mistakes here only show as odd tokens much later. */

interface Mapper {
  protocolMapper: string;
  config: Record<string, string>;
}
interface Client {
  clientId: string;
  publicClient?: boolean;
  standardFlowEnabled?: boolean;
  directAccessGrantsEnabled?: boolean;
  serviceAccountsEnabled?: boolean;
  secret?: string;
  attributes?: Record<string, string>;
  protocolMappers?: Mapper[];
  defaultClientScopes?: string[];
}
interface Realm {
  realm: string;
  organizationsEnabled?: boolean;
  clients: Client[];
  organizations: Array<{ alias: string; domains: Array<{ name: string }>; identityProviders: Array<{ alias: string }> }>;
  identityProviders: Array<{ alias: string; config: Record<string, string> }>;
  identityProviderMappers: Array<{ identityProviderAlias: string; identityProviderMapper: string; config: Record<string, string> }>;
  bruteForceProtected?: boolean;
  permanentLockout?: boolean;
  failureFactor?: number;
  passwordPolicy?: string;
  browserFlow?: string;
  directGrantFlow?: string;
  authenticationFlows?: Flow[];
  authenticatorConfig?: Array<{ alias: string; config: Record<string, string> }>;
}
interface Flow {
  alias: string;
  topLevel: boolean;
  authenticationExecutions: Array<{ authenticator?: string; flowAlias?: string; requirement: string; authenticatorConfig?: string }>;
}

const [kyodoFile, townFile] = REALM_FILES;
const read = (file: string) => readFileSync(file, 'utf8');
const kyodo = JSON.parse(read(kyodoFile)) as Realm;
const town = JSON.parse(read(townFile)) as Realm;
const client = (realm: Realm, clientId: string) => realm.clients.find((c) => c.clientId === clientId);

describe('realm files', () => {
  it('are named <realm>-realm.json, which Keycloak requires for --import-realm', () => {
    expect(REALM_FILES.map((file) => basename(file))).toEqual([`${kyodo.realm}-realm.json`, `${town.realm}-realm.json`]);
  });

  it('use only the placeholders provisioning and the brokering mapper expect', () => {
    // Keycloak replaces ${NAME} and ${NAME:default} from its environment in imported realm files.
    const placeholders = new Set(REALM_FILES.flatMap((file) => read(file).match(/\$\{[^}]*\}/g) ?? []));

    expect([...placeholders].sort()).toEqual([
      '${CLAIM.preferred_username}',
      '${KYODO_ADMIN_OTP:CONDITIONAL}',
      '${KYODO_GATEWAY_URL:http://localhost:4000}',
      '${KYODO_KEYCLOAK_URL:http://localhost:8080}',
    ]);
  });
});

describe('kyodo realm', () => {
  it('has the Organizations feature on with one organization per demo member', () => {
    expect(kyodo.organizationsEnabled).toBe(true);
    expect(kyodo.organizations.map((o) => [o.alias, o.domains.map((d) => d.name)])).toEqual([
      ['shiojiri', ['shiojiri.kyodo.example']],
      ['tateshina', ['tateshina.kyodo.example']],
      ['itoigawa', ['itoigawa.kyodo.example']],
    ]);
  });

  it('makes each org user a member of the organization its name starts with, and the consortium admin of none', () => {
    for (const user of readDemoUsers(kyodoFile)) {
      const expected = user.username === 'consortium-admin' ? null : user.username.split('-')[0];
      expect([user.username, user.organization]).toEqual([user.username, expected]);
      expect(user.password).toBe(`demo-${user.username}`);
    }
  });

  it('adds audience kyodo-api to every client that issues tokens', () => {
    // kyodo-test-no-audience exists to issue tokens without it (see the test-only clients below).
    const issuing = kyodo.clients.filter((c) => c.clientId !== 'kyodo-api' && c.clientId !== 'kyodo-test-no-audience');
    for (const c of issuing) {
      const audience = c.protocolMappers?.find((m) => m.protocolMapper === 'oidc-audience-mapper');
      expect([c.clientId, audience?.config['included.client.audience'], audience?.config['access.token.claim']]).toEqual([
        c.clientId,
        'kyodo-api',
        'true',
      ]);
    }
    expect(issuing).toHaveLength(9);
  });

  it('lets browsers in through kyodo-web with PKCE only, and passwords only through kyodo-cli', () => {
    const web = client(kyodo, 'kyodo-web');
    const cli = client(kyodo, 'kyodo-cli');

    expect(web).toMatchObject({ publicClient: true, standardFlowEnabled: true, directAccessGrantsEnabled: false });
    expect(web?.attributes?.['pkce.code.challenge.method']).toBe('S256');
    expect(cli).toMatchObject({ publicClient: true, standardFlowEnabled: false, directAccessGrantsEnabled: true });
    for (const c of [web, cli]) expect(c?.defaultClientScopes).toEqual(expect.arrayContaining(['roles', 'organization']));
  });

  it('gives each service a confidential client with a service account', () => {
    for (const id of ['kyodo-gateway', 'kyodo-orders', 'kyodo-workers', 'kyodo-training', 'kyodo-reporting']) {
      expect(client(kyodo, id)).toMatchObject({
        publicClient: false,
        serviceAccountsEnabled: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: false,
        secret: `demo-${id}-secret`,
      });
    }
  });

  it('links tateshina-idp to the tateshina organization, pointing at the town realm', () => {
    const [idp] = kyodo.identityProviders;
    const tateshina = kyodo.organizations.find((o) => o.alias === 'tateshina');

    expect(idp.alias).toBe('tateshina-idp');
    expect(tateshina?.identityProviders).toEqual([{ alias: 'tateshina-idp' }]);
    expect(idp.config.issuer).toBe(`\${KYODO_KEYCLOAK_URL:http://localhost:8080}/realms/${town.realm}`);
    expect(idp.config['kc.org.domain']).toBe('tateshina.kyodo.example');
    expect(client(town, idp.config.clientId)?.secret).toBe(idp.config.clientSecret);
    expect(kyodo.identityProviderMappers.find((m) => m.identityProviderMapper === 'oidc-hardcoded-role-idp-mapper')?.config.role).toBe(
      'director',
    );
  });
});

describe('kyodo realm: login security', () => {
  const flow = (alias: string) => kyodo.authenticationFlows?.find((f) => f.alias === alias);
  /** The executions of a flow and its subflows, depth first, as `requirement authenticator [role]`. */
  const outline = (alias: string, depth = 0): string[] =>
    (flow(alias)?.authenticationExecutions ?? []).flatMap((e) => {
      const config = kyodo.authenticatorConfig?.find((c) => c.alias === e.authenticatorConfig)?.config;
      const role = config?.condUserRole ? `${config.negate === 'true' ? 'not ' : ''}${config.condUserRole}` : undefined;
      const line = `${'  '.repeat(depth)}${e.requirement} ${e.authenticator ?? e.flowAlias}${role ? ` [${role}]` : ''}`;
      return e.flowAlias ? [line, ...outline(e.flowAlias, depth + 1)] : [line];
    });

  it('locks an account for a while after 5 wrong passwords, never for good', () => {
    expect(kyodo).toMatchObject({ bruteForceProtected: true, permanentLockout: false, failureFactor: 5 });
    expect(town).toMatchObject({ bruteForceProtected: true, permanentLockout: false, failureFactor: 5 });
  });

  it('has a password policy that every demo password meets', () => {
    expect(kyodo.passwordPolicy).toBe('length(12) and maxLength(128) and notUsername and notEmail and passwordHistory(3)');
    for (const user of readDemoUsers(kyodoFile)) {
      expect([user.username, user.password.length >= 12, user.password !== user.username]).toEqual([user.username, true, true]);
    }
  });

  it('requires OTP of org-admin and consortium-admin in the bound browser and direct-grant flows unless KYODO_ADMIN_OTP says otherwise', () => {
    const ON = '${KYODO_ADMIN_OTP:CONDITIONAL}';
    expect([kyodo.browserFlow, kyodo.directGrantFlow]).toEqual(['kyodo browser', 'kyodo direct grant']);
    expect(outline('kyodo browser')).toEqual([
      'ALTERNATIVE auth-cookie',
      'DISABLED auth-spnego',
      'ALTERNATIVE identity-provider-redirector',
      'ALTERNATIVE kyodo browser organization',
      '  CONDITIONAL kyodo browser conditional organization',
      '    REQUIRED conditional-user-configured',
      '    ALTERNATIVE organization',
      'ALTERNATIVE kyodo browser forms',
      '  REQUIRED auth-username-password-form',
      `  ${ON} kyodo browser admin OTP: org-admin`,
      '    REQUIRED conditional-user-role [org-admin]',
      '    REQUIRED auth-otp-form',
      `  ${ON} kyodo browser admin OTP: consortium-admin`,
      '    REQUIRED conditional-user-role [consortium-admin]',
      '    REQUIRED auth-otp-form',
      // Admins gave their code above; a second check of the same code would refuse it as reused.
      '  CONDITIONAL kyodo browser conditional OTP',
      '    REQUIRED conditional-user-configured',
      '    REQUIRED conditional-user-role [not org-admin]',
      '    REQUIRED conditional-user-role [not consortium-admin]',
      '    REQUIRED auth-otp-form',
    ]);
    expect(outline('kyodo direct grant')).toEqual([
      'REQUIRED direct-grant-validate-username',
      'REQUIRED direct-grant-validate-password',
      `${ON} kyodo direct grant admin OTP: org-admin`,
      '  REQUIRED conditional-user-role [org-admin]',
      '  REQUIRED direct-grant-validate-otp',
      `${ON} kyodo direct grant admin OTP: consortium-admin`,
      '  REQUIRED conditional-user-role [consortium-admin]',
      '  REQUIRED direct-grant-validate-otp',
      'CONDITIONAL kyodo direct grant conditional OTP',
      '  REQUIRED conditional-user-configured',
      '  REQUIRED conditional-user-role [not org-admin]',
      '  REQUIRED conditional-user-role [not consortium-admin]',
      '  REQUIRED direct-grant-validate-otp',
    ]);
  });

  it('sends back-channel logouts of the clients people log in with to the gateway', () => {
    for (const id of ['kyodo-web', 'kyodo-cli']) {
      const c = client(kyodo, id) as Client & { frontchannelLogout?: boolean };
      expect([
        id,
        c.frontchannelLogout,
        c.attributes?.['backchannel.logout.url'],
        c.attributes?.['backchannel.logout.session.required'],
      ]).toEqual([id, false, '${KYODO_GATEWAY_URL:http://localhost:4000}/auth/backchannel-logout', 'true']);
    }
  });
});

describe('test-only clients', () => {
  const TEST_ONLY = [
    [kyodo, 'kyodo-test-short-lived'],
    [kyodo, 'kyodo-test-no-audience'],
    [kyodo, 'kyodo-test-sessions'],
    [town, 'town-test-cli'],
  ] as const;

  it('are exactly the clients named for tests, each marked TEST ONLY, public and password-grant only', () => {
    const named = [...kyodo.clients, ...town.clients].filter((c) => /test/.test(c.clientId)).map((c) => c.clientId);
    expect(named.sort()).toEqual(TEST_ONLY.map(([, id]) => id).sort());
    for (const [realm, id] of TEST_ONLY) {
      const c = client(realm, id) as Client & { description?: string };
      expect([id, c.description?.startsWith('TEST ONLY'), c.secret]).toEqual([id, true, undefined]);
      expect(c).toMatchObject({
        publicClient: true,
        standardFlowEnabled: false,
        directAccessGrantsEnabled: true,
        serviceAccountsEnabled: false,
      });
    }
  });

  it('each issue a token wrong in exactly one way: expired, without the API audience, or of the wrong realm (or are set up by their test)', () => {
    const audienceOf = (c: Client | undefined) => c?.protocolMappers?.find((m) => m.protocolMapper === 'oidc-audience-mapper')?.config;
    const shortLived = client(kyodo, 'kyodo-test-short-lived');
    expect(shortLived?.attributes?.['access.token.lifespan']).toBe('1');
    expect(audienceOf(shortLived)?.['included.client.audience']).toBe('kyodo-api');
    expect(shortLived?.defaultClientScopes).toEqual(client(kyodo, 'kyodo-cli')?.defaultClientScopes);

    const noAudience = client(kyodo, 'kyodo-test-no-audience');
    expect(audienceOf(noAudience)).toBeUndefined();
    expect(noAudience?.defaultClientScopes).toEqual(client(kyodo, 'kyodo-cli')?.defaultClientScopes);

    expect(audienceOf(client(town, 'town-test-cli'))?.['included.custom.audience']).toBe('kyodo-api');
  });
});
