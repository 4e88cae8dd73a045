import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DelegatedFunction, MemberFeature, MemberStatus, RoutingTable } from '@kyodo/domain';
import { HUB_SECRET_HEADER, RoutingTableDirectory } from './routing-table-directory';

const SECRET = 'a-hub-secret-of-at-least-32-characters';

const INSTANCE = '00000000-0000-4000-8000-000000000001';

function table(version: number, ordersUrl: string): RoutingTable {
  return {
    instance: INSTANCE,
    version,
    members: [
      { id: 'tateshina', status: MemberStatus.ACTIVE, features: [MemberFeature.ORDER_INTAKE] },
      {
        id: 'omachi',
        status: MemberStatus.SUSPENDED,
        features: [],
        delegation: { operatorId: 'shiojiri', functions: [DelegatedFunction.PAYMENT], confirmations: ['Mutation.closePayMonth'] },
      },
    ],
    entries: [
      { orgId: 'tateshina', subgraph: 'orders', lookup: { node: { orgId: 'tateshina', subgraph: 'orders', url: ordersUrl } }, down: false },
      { orgId: 'itoigawa', subgraph: 'orders', lookup: { refusal: 'NODE_UNAVAILABLE', reason: 'down' }, down: true },
      { orgId: 'omachi', subgraph: 'orders', lookup: { refusal: 'NODE_UNAVAILABLE', reason: 'suspended' }, down: false },
    ],
  };
}

/**
 * A consortium service stand-in: serves whatever table (or failure) the test sets, to the right
 * secret only; a watch (`?instance&after`) is held until the test sets a newer table.
 */
async function registry() {
  let current: RoutingTable | 'fail' = table(1, 'http://orders-1');
  const secrets: (string | undefined)[] = [];
  let held: (() => void)[] = [];
  const answer = (res: import('node:http').ServerResponse) => {
    if (current === 'fail') res.writeHead(503).end();
    else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(current));
  };
  const server: Server = createServer((req, res) => {
    secrets.push(req.headers[HUB_SECRET_HEADER] as string | undefined);
    const url = new URL(req.url ?? '', 'http://x');
    if (url.pathname !== '/routing-table' || req.headers[HUB_SECRET_HEADER] !== SECRET) {
      res.writeHead(403).end();
      return;
    }
    const after = url.searchParams.get('after');
    if (after !== null && current !== 'fail' && current.version <= Number(after)) held.push(() => answer(res));
    else answer(res);
  });
  server.on('close', () => held.forEach((release) => release()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    set: (next: RoutingTable | 'fail') => {
      current = next;
      const release = held;
      held = [];
      release.forEach((r) => r());
    },
    secrets,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('RoutingTableDirectory', () => {
  it('routes by the table it read, names down nodes, and knows members', async () => {
    const hub = await registry();
    const directory = new RoutingTableDirectory(hub.url, SECRET, 100);
    await directory.start(2_000);
    expect(directory.lookup('tateshina', 'orders')).toEqual({ node: { orgId: 'tateshina', subgraph: 'orders', url: 'http://orders-1' } });
    expect(directory.lookup('nowhere', 'orders')).toMatchObject({ refusal: 'UNKNOWN_ORG' });
    expect(directory.activeNodes('orders').map((n) => n.orgId)).toEqual(['tateshina']);
    expect(directory.downNodes('orders')).toEqual([{ orgId: 'itoigawa', reason: 'down' }]);
    expect(directory.member('omachi')?.status).toBe(MemberStatus.SUSPENDED);
    // A municipality-run member's delegation to its partner operator reaches access control.
    expect(directory.member('omachi')?.delegation).toEqual({
      operatorId: 'shiojiri',
      functions: [DelegatedFunction.PAYMENT],
      confirmations: ['Mutation.closePayMonth'],
    });
    expect(directory.member('tateshina')?.delegation).toBeNull();
    expect(hub.secrets.every((s) => s === SECRET)).toBe(true);
    directory.stop();
    await hub.close();
  });

  it('learns of a change the moment the registry publishes it, through the watch it keeps open', async () => {
    const hub = await registry();
    const directory = new RoutingTableDirectory(hub.url, SECRET, 100);
    await directory.start(2_000);
    await new Promise((resolve) => setTimeout(resolve, 50)); // the watch is now held by the registry
    hub.set(table(2, 'http://orders-2'));
    for (let i = 0; i < 100 && directory.version !== 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(directory.lookup('tateshina', 'orders')).toMatchObject({ node: { url: 'http://orders-2' } });
    directory.stop();
    await hub.close();
  });

  it('takes a new table on refresh, and keeps the last one while the registry cannot be read', async () => {
    const hub = await registry();
    const directory = new RoutingTableDirectory(hub.url, SECRET, 100);
    await directory.start(2_000);
    hub.set(table(2, 'http://orders-2'));
    await directory.refresh();
    expect(directory.version).toBe(2);
    expect(directory.lookup('tateshina', 'orders')).toMatchObject({ node: { url: 'http://orders-2' } });
    hub.set('fail');
    await directory.refresh();
    expect(directory.version).toBe(2);
    expect(directory.lookup('tateshina', 'orders')).toMatchObject({ node: { url: 'http://orders-2' } });
    directory.stop();
    await hub.close();
  });

  it('does not start without a table: a wrong secret is refused, and the gateway would route nowhere', async () => {
    const hub = await registry();
    await expect(new RoutingTableDirectory(hub.url, 'a-wrong-secret-also-thirty-two-chars-long', 100).start(600)).rejects.toThrow(
      /No routing table .*HTTP 403/,
    );
    await hub.close();
  });
});
