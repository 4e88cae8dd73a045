import { startOrdersTestNode, OrdersTestNode } from './test-support/orders-test-node';

describe('GET /health', () => {
  let node: OrdersTestNode;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_health');
  });

  afterAll(async () => {
    await node?.close();
  });

  it('answers without a token: 200 with the database up while PostgreSQL answers, 503 once it does not', async () => {
    const up = await fetch(`${node.url}/health`);
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ok', service: 'orders', orgId: 'tateshina', database: 'up' });

    await node.dataSource.destroy();
    const down = await fetch(`${node.url}/health`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'degraded', service: 'orders', orgId: 'tateshina', database: 'down' });
  });
});
