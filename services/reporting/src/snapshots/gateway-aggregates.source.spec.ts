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

const slice = (valueYen: string) => ({ orderCount: 1, valueYen });
const orders = (orgId: string, valueYen = '1') => ({
  orgId,
  fiscalYear: 2025,
  total: slice(valueYen),
  publicSector: slice(valueYen),
  privateSector: slice('0'),
  routine: slice(valueYen),
  nonRoutine: slice('0'),
  byClient: [{ clientId: 'c', clientName: 'C', sector: 'PUBLIC', ...slice(valueYen) }],
  byCategory: [{ category: 'DATA_ENTRY', ...slice(valueYen) }],
  clientCount: 1,
  salesVisits: 0,
  settledSharedWork: [] as { partnerOrgId: string; settledYen: string }[],
  invoicing: { invoiceCount: 1, subtotalYen: valueYen, taxYen: '0', totalYen: valueYen, receivedYen: '0' },
});
const workforce = (orgId: string, totalPayYen = '1') => ({
  orgId,
  fiscalYear: 2025,
  registeredWorkers: 1,
  registrationsInYear: 1,
  directors: 2,
  activeWorkers: 1,
  workersEarningAtLeast10000: 0,
  totalPayYen,
  sharedWork: [{ taskOrgId: 'x', approvedMinutes: 1, payYen: totalPayYen }],
});
/** What reporting makes of an answer: the same with every amount a bigint. */
const bigSlice = (valueYen: string) => ({ orderCount: 1, valueYen: BigInt(valueYen) });
const ordersRead = (orgId: string, valueYen = '1') => ({
  ...orders(orgId, valueYen),
  total: bigSlice(valueYen),
  publicSector: bigSlice(valueYen),
  privateSector: bigSlice('0'),
  routine: bigSlice(valueYen),
  nonRoutine: bigSlice('0'),
  byClient: [{ clientId: 'c', clientName: 'C', sector: 'PUBLIC', ...bigSlice(valueYen) }],
  byCategory: [{ category: 'DATA_ENTRY', ...bigSlice(valueYen) }],
  invoicing: { invoiceCount: 1, subtotalYen: BigInt(valueYen), taxYen: 0n, totalYen: BigInt(valueYen), receivedYen: 0n },
});
const workforceRead = (orgId: string, totalPayYen = '1') => ({
  ...workforce(orgId, totalPayYen),
  totalPayYen: BigInt(totalPayYen),
  sharedWork: [{ taskOrgId: 'x', approvedMinutes: 1, payYen: BigInt(totalPayYen) }],
});
const unavailable = (orgId: string) => ({ message: `${orgId} is down`, extensions: { code: 'NODE_UNAVAILABLE', orgId } });

describe('GatewayAggregatesSource', () => {
  let gateway: Awaited<ReturnType<typeof fakeGateway>> | undefined;
  afterEach(() => gateway?.server.close());

  it("keeps the answering members' shares and names the members whose nodes were down", async () => {
    // Onboarded (in the registry) in FY2025: kado (an operator, not counted) and omachi (suspended since, still counted).
    const members = [
      { id: 'shiojiri', kind: 'MUNICIPALITY', status: 'ACTIVE', createdAt: '2020-05-01T00:00:00.000Z' },
      { id: 'kado', kind: 'OPERATOR', status: 'ACTIVE', createdAt: '2025-05-01T00:00:00.000Z' },
      { id: 'omachi', kind: 'MUNICIPALITY', status: 'SUSPENDED', createdAt: '2026-03-31T14:00:00.000Z' },
      { id: 'tateshina', kind: 'MUNICIPALITY', status: 'ACTIVE', createdAt: '2026-03-31T15:00:00.000Z' },
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
      // shiojiri's orders answered but its workers node did not: it is left out whole.
      orders: [ordersRead('tateshina')],
      workforce: [workforceRead('tateshina')],
      unavailableOrgIds: ['shiojiri'],
      failures: [{ orgId: 'shiojiri', code: 'NODE_UNAVAILABLE' }],
      municipalityIds: ['shiojiri', 'tateshina'],
      newMunicipalityIds: ['omachi'],
    });
    expect(gateway.tokens).toEqual(['Bearer the-token', 'Bearer the-token', 'Bearer the-token']);
  });

  it('names a member whose node fails the field (not only a down one), keeping the others, with amounts past 2^53 exact', async () => {
    gateway = await fakeGateway((query) =>
      query.includes('consortiumOrderAggregates')
        ? {
            data: { consortiumOrderAggregates: [orders('tateshina', '9007199254740993')] },
            errors: [
              {
                message: 'Internal server error',
                path: ['consortiumOrderAggregates'],
                extensions: { code: 'INTERNAL_SERVER_ERROR', orgId: 'shiojiri' },
              },
            ],
          }
        : query.includes('consortiumMembers')
          ? { data: { consortiumMembers: [] } }
          : { data: { consortiumWorkforceAggregates: [workforce('shiojiri'), workforce('tateshina', '9007199254740993')] } },
    );
    const gathered = await new GatewayAggregatesSource(gateway.url).gather(2025, 't');
    expect(gathered).toMatchObject({
      orders: [ordersRead('tateshina', '9007199254740993')],
      workforce: [workforceRead('tateshina', '9007199254740993')],
      unavailableOrgIds: ['shiojiri'],
      failures: [{ orgId: 'shiojiri', code: 'INTERNAL_SERVER_ERROR' }],
    });
    expect(gathered.orders[0].total.valueYen).toBe(9_007_199_254_740_993n);
  });

  it('fails as a whole when a node refuses (anything but being down), or without a gateway', async () => {
    gateway = await fakeGateway(() => ({
      data: { consortiumOrderAggregates: [], consortiumWorkforceAggregates: [], consortiumMembers: [] },
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', orgId: 'shiojiri' } }],
    }));
    await expect(new GatewayAggregatesSource(gateway.url).gather(2025, 't')).rejects.toMatchObject({
      code: 'GATHER_FAILED',
      details: { upstreamCode: 'FORBIDDEN' },
    });
    gateway.server.close();
    // An error that names no member is the gateway's own: nothing is stored.
    gateway = await fakeGateway(() => ({ data: null, errors: [{ message: 'bad', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    await expect(new GatewayAggregatesSource(gateway.url).gather(2025, 't')).rejects.toMatchObject({
      code: 'GATHER_FAILED',
      details: { upstreamCode: 'INTERNAL_SERVER_ERROR' },
    });
    await expect(new GatewayAggregatesSource(undefined).gather(2025, 't')).rejects.toMatchObject({ code: 'UPSTREAM_NOT_CONFIGURED' });
    await expect(new GatewayAggregatesSource('http://127.0.0.1:9/graphql', 2_000).gather(2025, 't')).rejects.toMatchObject({
      code: 'GATHER_FAILED',
    });
  });
});
