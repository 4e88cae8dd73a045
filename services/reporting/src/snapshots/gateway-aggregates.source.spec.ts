import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { GatewayAggregatesSource } from './gateway-aggregates.source';

/** A stand-in gateway answering each fan-out field with what `answer` gives for it. */
async function fakeGateway(answer: (query: string) => unknown): Promise<{ url: string; server: Server; tokens: string[] }> {
  const tokens: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      tokens.push(req.headers.authorization ?? '');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer((JSON.parse(body) as { query: string }).query)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server, tokens };
}

const orders = (orgId: string) => ({ orgId, total: { orderCount: 1, valueYen: 1 } });
const workforce = (orgId: string) => ({ orgId, totalPayYen: 1 });
const unavailable = (orgId: string) => ({ message: `${orgId} is down`, extensions: { code: 'NODE_UNAVAILABLE', orgId } });

describe('GatewayAggregatesSource', () => {
  let gateway: Awaited<ReturnType<typeof fakeGateway>> | undefined;
  afterEach(() => gateway?.server.close());

  it("keeps the answering members' shares and names the members whose nodes were down", async () => {
    const members = [
      { id: 'shiojiri', kind: 'MUNICIPALITY', status: 'ACTIVE' },
      { id: 'kado', kind: 'OPERATOR', status: 'ACTIVE' },
      { id: 'omachi', kind: 'MUNICIPALITY', status: 'SUSPENDED' },
      { id: 'tateshina', kind: 'MUNICIPALITY', status: 'ACTIVE' },
    ];
    gateway = await fakeGateway((query) =>
      query.includes('consortiumOrderAggregates')
        ? { data: { consortiumOrderAggregates: [orders('shiojiri'), orders('tateshina')] } }
        : query.includes('consortiumMembers')
          ? { data: { consortiumMembers: members } }
          : { data: { consortiumWorkforceAggregates: [workforce('tateshina')] }, errors: [unavailable('shiojiri')] },
    );
    const gathered = await new GatewayAggregatesSource(gateway.url).gather(2025, 'the-token');
    expect(gathered).toEqual({
      orders: [orders('shiojiri'), orders('tateshina')],
      workforce: [workforce('tateshina')],
      unavailableOrgIds: ['shiojiri'],
      municipalityIds: ['shiojiri', 'tateshina'],
    });
    expect(gateway.tokens).toEqual(['Bearer the-token', 'Bearer the-token', 'Bearer the-token']);
  });

  it('fails as a whole when a node refuses (anything but being down), or without a gateway', async () => {
    gateway = await fakeGateway(() => ({ data: { consortiumOrderAggregates: [] }, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', orgId: 'shiojiri' } }] }));
    await expect(new GatewayAggregatesSource(gateway.url).gather(2025, 't')).rejects.toMatchObject({ code: 'GATHER_FAILED', details: { upstreamCode: 'FORBIDDEN' } });
    await expect(new GatewayAggregatesSource(undefined).gather(2025, 't')).rejects.toMatchObject({ code: 'UPSTREAM_NOT_CONFIGURED' });
    await expect(new GatewayAggregatesSource('http://127.0.0.1:9/graphql', 2_000).gather(2025, 't')).rejects.toMatchObject({ code: 'GATHER_FAILED' });
  });
});
