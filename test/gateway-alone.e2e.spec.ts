import { StandaloneGateway, startStandaloneGateway } from '@kyodo/consortium-tools';
import { freePort } from '@kyodo/database';
import { bearer, gql, postGraphQL, testKeycloakUrl } from '@kyodo/testing';

/** The gateway composes ahead of time, so it must start and answer with no node up at all. */
describe('a gateway whose nodes are all down', () => {
  let gateway: StandaloneGateway;

  beforeAll(async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    gateway = await startStandaloneGateway({
      label: 'gateway_alone',
      registry: { nodes: { tateshina: { orders: dead, workers: dead, training: dead } }, env: { NODE_CHECK_INTERVAL_MS: '0' } },
      reportingUrl: dead,
      keycloakUrl: testKeycloakUrl(),
      env: { NODE_TIMEOUT_MS: '1000' },
    });
  }, 60_000);

  afterAll(async () => {
    await gateway?.stop();
  });

  it('starts, reports itself healthy, and answers with NODE_UNAVAILABLE naming the org', async () => {
    const health = (await (await fetch(`${gateway.baseUrl}/health`)).json()) as Record<string, unknown>;
    expect(health).toEqual({ status: 'ok', service: 'gateway', database: 'none' });
    const res = await postGraphQL<{ orders: unknown }>(
      gateway.url,
      gql`
        {
          orders {
            nodes {
              title
            }
          }
        }
      `,
      {},
      await bearer('tateshina-director'),
    );
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ orders: null });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'tateshina' });
    expect(res.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });
});
