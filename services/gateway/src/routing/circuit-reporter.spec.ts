import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RoutableNode } from '@kyodo/domain';
import type { CircuitState } from './breaker-node-sender';
import { CircuitReporter } from './circuit-reporter';

describe("the gateway's circuit reports", () => {
  let server: Server;
  let url: string;
  const received: { secret: string | undefined; body: unknown }[] = [];
  let answer = 204;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ secret: req.headers['x-kyodo-hub-secret'] as string | undefined, body: JSON.parse(body) });
        res.statusCode = answer;
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const nodes: Record<string, RoutableNode[]> = {
    orders: [
      { orgId: 'tateshina', subgraph: 'orders', url: 'http://t-orders' },
      { orgId: 'shiojiri', subgraph: 'orders', url: 'http://s-orders' },
    ],
    workers: [{ orgId: 'tateshina', subgraph: 'workers', url: 'http://t-workers' }],
  };
  const states: Record<string, CircuitState> = { 'http://s-orders': 'OPEN' };
  const reporter = () =>
    new CircuitReporter(
      url,
      'hub-secret',
      { activeNodes: (subgraph) => nodes[subgraph] ?? [] },
      { state: (target) => states[target.url] ?? 'CLOSED' },
      60_000,
    );

  it("posts this replica's state of every routable node with the hub secret", async () => {
    const circuits = reporter();
    await circuits.report();
    expect(received.at(-1)).toEqual({
      secret: 'hub-secret',
      body: {
        gatewayId: circuits.gatewayId,
        circuits: [
          { orgId: 'tateshina', subgraph: 'orders', state: 'CLOSED' },
          { orgId: 'shiojiri', subgraph: 'orders', state: 'OPEN' },
          { orgId: 'tateshina', subgraph: 'workers', state: 'CLOSED' },
        ],
      },
    });
    expect(circuits.gatewayId).toMatch(/^[0-9a-f-]{36}$/);
    expect(reporter().gatewayId).not.toBe(circuits.gatewayId);
  });

  it('never throws when the consortium service refuses or is away', async () => {
    answer = 500;
    await expect(reporter().report()).resolves.toBeUndefined();
    const away = new CircuitReporter('http://127.0.0.1:1', 's', { activeNodes: () => [] }, { state: () => 'CLOSED' });
    await expect(away.report()).resolves.toBeUndefined();
    answer = 204;
  });
});
