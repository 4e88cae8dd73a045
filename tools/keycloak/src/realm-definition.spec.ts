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

    expect([...placeholders].sort()).toEqual(['${CLAIM.preferred_username}', '${KYODO_KEYCLOAK_URL:http://localhost:8080}']);
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
    const issuing = kyodo.clients.filter((c) => c.clientId !== 'kyodo-api');
    for (const c of issuing) {
      const audience = c.protocolMappers?.find((m) => m.protocolMapper === 'oidc-audience-mapper');
      expect([c.clientId, audience?.config['included.client.audience'], audience?.config['access.token.claim']]).toEqual([
        c.clientId,
        'kyodo-api',
        'true',
      ]);
    }
    expect(issuing).toHaveLength(7);
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
