import { parseCircuitReport } from './circuit-report';

const GATEWAY = '0b9d7a52-3f1e-4c1a-9a55-2f3f8f4f2a10';

describe('a circuit report from a gateway', () => {
  it('is taken as sent when every field is well formed', () => {
    const report = { gatewayId: GATEWAY, circuits: [{ orgId: 'tateshina', subgraph: 'orders', state: 'OPEN' }] };
    expect(parseCircuitReport(report)).toEqual(report);
    expect(parseCircuitReport({ gatewayId: GATEWAY, circuits: [] })).toEqual({ gatewayId: GATEWAY, circuits: [] });
  });

  it('keeps nothing else a body might carry', () => {
    expect(
      parseCircuitReport({
        gatewayId: GATEWAY,
        extra: 1,
        circuits: [{ orgId: 'tateshina', subgraph: 'orders', state: 'CLOSED', url: 'x' }],
      }),
    ).toEqual({ gatewayId: GATEWAY, circuits: [{ orgId: 'tateshina', subgraph: 'orders', state: 'CLOSED' }] });
  });

  it.each([
    ['no body', null],
    ['a string', 'report'],
    ['a gateway id that is no uuid', { gatewayId: 'gw-1', circuits: [] }],
    ['circuits that are no list', { gatewayId: GATEWAY, circuits: {} }],
    ['an unknown state', { gatewayId: GATEWAY, circuits: [{ orgId: 'tateshina', subgraph: 'orders', state: 'BROKEN' }] }],
    ['an unknown subgraph', { gatewayId: GATEWAY, circuits: [{ orgId: 'tateshina', subgraph: 'reporting', state: 'OPEN' }] }],
    ['an org id with SQL in it', { gatewayId: GATEWAY, circuits: [{ orgId: "x'; drop table", subgraph: 'orders', state: 'OPEN' }] }],
    [
      'the same node twice',
      {
        gatewayId: GATEWAY,
        circuits: [
          { orgId: 'tateshina', subgraph: 'orders', state: 'OPEN' },
          { orgId: 'tateshina', subgraph: 'orders', state: 'CLOSED' },
        ],
      },
    ],
    ['too many entries', { gatewayId: GATEWAY, circuits: Array.from({ length: 5_001 }, () => ({})) }],
  ])('is refused with %s', (_why, body) => {
    expect(parseCircuitReport(body)).toBeNull();
  });
});
