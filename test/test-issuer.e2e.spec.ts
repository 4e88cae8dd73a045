import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { decodeJwtPayload } from '@kyodo/keycloak-tools';
import { bearer, gql, postGraphQL, startTestIssuer, testKeycloakUrl, TestIssuer, tokenFor } from '@kyodo/testing';

/**
 * The node test tier's issuer (libs/testing/src/oidc) is trusted only where a node is pointed at
 * it. Here every service runs as in production (its own process, its real entry point, the real
 * Keycloak as KEYCLOAK_URL): a token the test issuer signed is refused, even one that claims to
 * come from the real realm; and the issuer's tokens carry the same claims as the real realm's.
 */

const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`;
const CLIENT_NAMES = gql`
  {
    clients {
      name
    }
  }
`;

async function issuerToken(issuer: TestIssuer, username: string): Promise<string> {
  const response = await fetch(`${issuer.url}/realms/kyodo/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'kyodo-cli', username, password: `demo-${username}` }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`the test issuer gave no token for ${username}`);
  return body.access_token;
}

describe('a node in production configuration refuses the test issuer’s tokens', () => {
  let consortium: RunningConsortium;
  let issuer: TestIssuer;
  let impostor: TestIssuer;

  beforeAll(async () => {
    [consortium, issuer, impostor] = await Promise.all([
      launchTestConsortium('test_issuer', ['tateshina'], { subgraphs: ['orders'] }),
      startTestIssuer(),
      // Claims the real Keycloak's URL as its issuer: only the signing key gives it away.
      startTestIssuer({ claimedUrl: testKeycloakUrl() }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([consortium?.stop(), issuer?.stop(), impostor?.stop()]);
  });

  const clientNames = async () => {
    const res = await postGraphQL<{ clients: { name: string }[] }>(
      consortium.gatewayUrl,
      CLIENT_NAMES,
      {},
      await bearer('tateshina-director'),
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.clients.map((client) => client.name);
  };

  it('refuses them at the gateway and at the node with 401 UNAUTHENTICATED, and nothing is written', async () => {
    const forged = [await issuerToken(issuer, 'tateshina-director'), await issuerToken(impostor, 'tateshina-director')];
    expect(decodeJwtPayload(forged[1]).iss).toBe(`${testKeycloakUrl()}/realms/kyodo`);
    const targets = [consortium.gatewayUrl, `${consortium.node('tateshina', 'orders').url}/graphql`];
    for (const [i, token] of forged.entries()) {
      for (const [j, url] of targets.entries()) {
        const res = await postGraphQL(
          url,
          CREATE_CLIENT,
          { input: { name: `test-issuer-probe-${i}-${j}`, sector: 'PUBLIC' } },
          { authorization: `Bearer ${token}` },
        );
        expect({ url, status: res.status, code: res.errors?.[0]?.extensions?.code, data: res.data ?? null }).toEqual({
          url,
          status: 401,
          code: 'UNAUTHENTICATED',
          data: null,
        });
      }
    }
    expect((await clientNames()).filter((name) => name.startsWith('test-issuer-probe'))).toEqual([]);
  });

  it('accepts the same write with a real Keycloak token (the refusal is about the signer)', async () => {
    const res = await postGraphQL<{ createClient: { id: string } }>(
      `${consortium.node('tateshina', 'orders').url}/graphql`,
      CREATE_CLIENT,
      { input: { name: 'real-keycloak-probe', sector: 'PUBLIC' } },
      await bearer('tateshina-director'),
    );
    expect(res.errors).toBeUndefined();
    expect(await clientNames()).toContain('real-keycloak-probe');
  });

  it.each(['tateshina-director', 'consortium-admin'])("issues %s the real realm's claims (names and meaning)", async (username) => {
    const real = decodeJwtPayload(await tokenFor(username));
    const test = decodeJwtPayload(await issuerToken(issuer, username));
    expect(Object.keys(test).sort()).toEqual(Object.keys(real).sort());
    const meaning = (claims: Record<string, unknown>) => ({
      aud: claims.aud,
      azp: claims.azp,
      typ: claims.typ,
      // A set of scopes: Keycloak does not keep their order from one login to the next.
      scope: String(claims.scope).split(' ').sort(),
      organization: claims.organization,
      realm_roles: [...((claims.realm_access as { roles: string[] }).roles ?? [])].sort(),
      resource_access: claims.resource_access,
      preferred_username: claims.preferred_username,
      email: claims.email,
      lifetime: (claims.exp as number) - (claims.iat as number),
    });
    expect(meaning(test)).toEqual(meaning(real));
  });
});
