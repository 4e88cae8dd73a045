import { HUB_MAINS, REPO_ROOT } from '@kyodo/consortium-tools';
import { freePort } from '@kyodo/database';
import { bearer, createTestDatabase, gql, postGraphQL, TestDatabase, testKeycloakUrl } from '@kyodo/testing';
import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The gateway composes ahead of time, so it must start and answer with no node up at all. */
describe('a gateway whose nodes are all down', () => {
  let gateway: ChildProcess;
  let url: string;
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('gateway_alone');
    const [port, consortiumPort, deadPort] = [await freePort(), await freePort(), await freePort()];
    const dead = `http://127.0.0.1:${deadPort}`;
    gateway = spawn(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, HUB_MAINS.gateway)], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        SWC_NODE_PROJECT: join(REPO_ROOT, 'tsconfig.base.json'),
        PORT: String(port),
        CONSORTIUM_PORT: String(consortiumPort),
        DATABASE_URL: database.url,
        MIGRATE_ON_START: 'true',
        KEYCLOAK_URL: testKeycloakUrl(),
        KYODO_NODES: JSON.stringify({ tateshina: { orders: dead, workers: dead, training: dead } }),
        REPORTING_URL: dead,
        NODE_TIMEOUT_MS: '1000',
      },
      stdio: 'ignore',
    });
    url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 200; i++) {
      if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the gateway did not start');
  }, 60_000);

  afterAll(async () => {
    gateway?.kill('SIGKILL');
    await database?.drop();
  });

  it('starts, reports itself healthy, and answers with NODE_UNAVAILABLE naming the org', async () => {
    const health = (await (await fetch(`${url}/health`)).json()) as Record<string, unknown>;
    expect(health).toEqual({ status: 'ok', service: 'gateway', database: 'none' });
    const res = await postGraphQL<{ orders: unknown }>(`${url}/graphql`, gql`{ orders { nodes { title } } }`, {}, await bearer('tateshina-director'));
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ orders: null });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'tateshina' });
    expect(res.errors?.[0].extensions).not.toHaveProperty('stacktrace');
  });
});
