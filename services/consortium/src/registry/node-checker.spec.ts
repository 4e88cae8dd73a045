import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NodeChecker } from './node-checker';
import { NodeStatus } from './registry.enums';

const MANIFEST = { orders: { sha256: 'fits', sdl: 'type Query { a: Int }' } };

/** A real HTTP node that answers /health as the orders node of org "a" (fitting schema), while `up`. */
async function healthServer(hostedOrgIds?: string[]): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', service: 'orders', orgId: 'a', hostedOrgIds, database: 'up', schemaHash: 'fits' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

function nodeAt(url: string, status: NodeStatus, orgId = 'a') {
  return { orgId, subgraph: 'orders', url, status, schemaHash: 'fits', schemaProblem: null };
}

describe('NodeChecker DOWN transition', () => {
  let live: { url: string; server: Server };
  let deadUrl: string;

  beforeAll(async () => {
    live = await healthServer();
    // A port that was just freed: connections are refused, as from a killed node.
    const gone = await healthServer();
    deadUrl = gone.url;
    await new Promise((resolve) => gone.server.close(resolve));
  });
  afterAll(() => new Promise((resolve) => live.server.close(resolve)));

  it('keeps an ACTIVE node ACTIVE after one failed check and marks it DOWN after the configured number in a row', async () => {
    const checker = new NodeChecker(MANIFEST, 1000, 2);
    const first = await checker.check(nodeAt(deadUrl, NodeStatus.ACTIVE));
    expect(first).toMatchObject({ status: NodeStatus.ACTIVE, healthy: false });
    const second = await checker.check(nodeAt(deadUrl, NodeStatus.ACTIVE));
    expect(second).toMatchObject({ status: NodeStatus.DOWN, healthy: false });
    expect(second.lastError).toMatch(/^unreachable \(2 failed checks in a row\)/);
    // Still unreachable: it stays DOWN.
    expect((await checker.check(nodeAt(deadUrl, NodeStatus.DOWN))).status).toBe(NodeStatus.DOWN);
  });

  it('lets a DOWN node back in (ACTIVE) with the first check it passes, and counts failures afresh', async () => {
    const checker = new NodeChecker(MANIFEST, 1000, 2);
    await checker.check(nodeAt(deadUrl, NodeStatus.ACTIVE));
    const back = await checker.check(nodeAt(live.url, NodeStatus.DOWN));
    expect(back).toMatchObject({ status: NodeStatus.ACTIVE, healthy: true, lastError: null });
    // The failure before the passing check no longer counts.
    expect((await checker.check(nodeAt(deadUrl, NodeStatus.ACTIVE))).status).toBe(NodeStatus.ACTIVE);
  });

  it('never turns a node that is kept out for another reason (DISABLED, PENDING, INCOMPATIBLE) into DOWN', async () => {
    const checker = new NodeChecker(MANIFEST, 1000, 1);
    for (const status of [NodeStatus.DISABLED, NodeStatus.PENDING, NodeStatus.INCOMPATIBLE]) {
      expect((await checker.check(nodeAt(deadUrl, status))).status).toBe(status);
    }
  });
});

describe('NodeChecker and hosted members', () => {
  let host: { url: string; server: Server };
  beforeAll(async () => (host = await healthServer(['hosted-town'])));
  afterAll(() => new Promise((resolve) => host.server.close(resolve)));

  it("lets a hosted member's node in at its host's URL only when the host says it hosts that member", async () => {
    const checker = new NodeChecker(MANIFEST, 1000, 2);
    expect(await checker.check(nodeAt(host.url, NodeStatus.PENDING, 'hosted-town'), 'a')).toMatchObject({
      status: NodeStatus.ACTIVE,
      healthy: true,
      schemaProblem: null,
    });
    const stranger = await checker.check(nodeAt(host.url, NodeStatus.PENDING, 'other-town'), 'a');
    expect(stranger.status).toBe(NodeStatus.INCOMPATIBLE);
    expect(stranger.schemaProblem).toContain('not the orders node of "other-town" nor one hosting it');
    // Registered as the member's own node (no host): a host's node is not the member's own.
    expect((await checker.check(nodeAt(host.url, NodeStatus.PENDING, 'hosted-town'))).status).toBe(NodeStatus.INCOMPATIBLE);
    // Another org named as host: the node must be that host's.
    expect((await checker.check(nodeAt(host.url, NodeStatus.PENDING, 'hosted-town'), 'b')).status).toBe(NodeStatus.INCOMPATIBLE);
  });
});
