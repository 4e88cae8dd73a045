import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sdlHash } from '@kyodo/subgraph';
import { startOrdersTestNode, OrdersTestNode } from './test-support/orders-test-node';

/** The hash of the committed SDL: what the gateway's registry expects this node to report. */
const COMMITTED_HASH = sdlHash(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));

describe('GET /health and GET /schema', () => {
  let node: OrdersTestNode;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_health');
  });

  afterAll(async () => {
    await node?.close();
  });

  it('serves its SDL without a token, with the hash of the committed schema file', async () => {
    const res = await fetch(`${node.url}/schema`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { sdl: string; sha256: string };
    expect(body.sha256).toBe(COMMITTED_HASH);
    expect(body.sdl).toMatch(/type Order\s+@key\(fields: "orgId id"\)/);
  });

  it('answers without a token: 200 with the database up while PostgreSQL answers, 503 once it does not; both report the schema hash', async () => {
    const up = await fetch(`${node.url}/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', service: 'orders', orgId: 'tateshina', database: 'up', schemaHash: COMMITTED_HASH });

    await node.dataSource.destroy();
    const down = await fetch(`${node.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({
      status: 'degraded',
      service: 'orders',
      orgId: 'tateshina',
      database: 'down',
      schemaHash: COMMITTED_HASH,
    });
  });
});
