import { tokyoToday } from '@kyodo/domain';
import { DomainError } from '@kyodo/subgraph';
import { gql } from '@kyodo/testing';
import { FixedCapacitySource } from '../test-support/fixed-capacity-source';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';

const CHECK = gql`
  mutation ($orderId: ID!) {
    checkFeasibility(orderId: $orderId) {
      id
      orderId
      verdict
      periodFrom
      periodTo
      requiredStage
      requiredMinutes
      shortMinutes
      checkedBy
      stages {
        stage
        requiredMinutes
        freeMinutes
        shortMinutes
      }
    }
  }
`;
const ORDER = gql`
  query ($id: ID!) {
    order(id: $id) {
      status
      feasibility {
        id
        verdict
        shortMinutes
      }
    }
  }
`;
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`;

interface Checked {
  checkFeasibility: {
    id: string;
    verdict: string;
    periodFrom: string;
    periodTo: string;
    requiredMinutes: number;
    shortMinutes: number;
    checkedBy: string;
    stages: { stage: string; requiredMinutes: number; freeMinutes: number; shortMinutes: number }[];
  };
}

describe('feasibility check (受託確認) against PostgreSQL, capacity from a test double', () => {
  const capacity = new FixedCapacitySource();
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_feasibility', { capacitySource: capacity });
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  beforeEach(() => {
    capacity.calls.length = 0;
    capacity.failure = null;
    capacity.setConsortium({});
    capacity.consortiumFailure = null;
  });

  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;
  const checksOf = async (id: string): Promise<number> =>
    ((await node.dataSource.query(`SELECT count(*)::int AS n FROM feasibility_checks WHERE order_id = $1`, [id])) as { n: number }[])[0].n;
  const auditOf = async (id: string): Promise<string[]> =>
    (
      (await node.dataSource.query(`SELECT action, detail->>'to' AS "to" FROM audit_log WHERE entity_id = $1 ORDER BY id`, [id])) as {
        action: string;
        to: string | null;
      }[]
    ).map((r) => (r.to ? `${r.action}:${r.to}` : r.action));

  it("answers FEASIBLE when workers at or above the stage are free, asks with the caller's token, and takes the INQUIRY step", async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    capacity.set({ A: 50_000, B: 1_400, C: 1_000 });
    const res = await node.call<Checked>(CHECK, { orderId });
    expect(res.errors).toBeUndefined();
    const check = res.data!.checkFeasibility;
    expect(check).toMatchObject({ verdict: 'FEASIBLE', requiredMinutes: 2_400, shortMinutes: 0, periodFrom: tokyoToday() });
    expect(check.stages).toEqual([
      { stage: 'A', requiredMinutes: 0, freeMinutes: 50_000, shortMinutes: 0 },
      { stage: 'B', requiredMinutes: 2_400, freeMinutes: 1_400, shortMinutes: 0 },
      { stage: 'C', requiredMinutes: 0, freeMinutes: 1_000, shortMinutes: 0 },
    ]);
    expect(capacity.calls).toEqual([
      { token: node.caller.authorization.replace(/^Bearer /, ''), orgId: 'tateshina', from: tokyoToday(), to: check.periodTo },
    ]);
    expect(await statusOf(orderId)).toBe('FEASIBILITY_CHECKED');
    expect(await auditOf(orderId)).toEqual(['order.feasibility-check', 'order.transition:FEASIBILITY_CHECKED']);
    const order = await node.call<{ order: { feasibility: { id: string; verdict: string } } }>(ORDER, { id: orderId });
    expect(order.data!.order.feasibility).toMatchObject({ id: check.id, verdict: 'FEASIBLE' });
  });

  it('answers SHORT with the shortfall by stage, records it, and leaves the status to the director', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    capacity.set({ A: 100_000, B: 300, C: 300 });
    const res = await node.call<Checked>(CHECK, { orderId });
    expect(res.data!.checkFeasibility).toMatchObject({ verdict: 'SHORT', shortMinutes: 1_800 });
    expect(res.data!.checkFeasibility.stages.find((s) => s.stage === 'B')).toEqual({
      stage: 'B',
      requiredMinutes: 2_400,
      freeMinutes: 300,
      shortMinutes: 1_800,
    });
    expect(await statusOf(orderId)).toBe('INQUIRY');
    expect(await auditOf(orderId)).toEqual(['order.feasibility-check']);
    const order = await node.call<{ order: { status: string; feasibility: { verdict: string; shortMinutes: number } } }>(ORDER, {
      id: orderId,
    });
    expect(order.data!.order).toEqual({
      status: 'INQUIRY',
      feasibility: { id: expect.any(String), verdict: 'SHORT', shortMinutes: 1_800 },
    });
    // The director may still take the step by hand (e.g. recruiting for it).
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED']);
  });

  it("answers FEASIBLE_WITH_CONSORTIUM when other members' consortium capacity covers the own shortfall, and takes the INQUIRY step", async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    capacity.set({ B: 600 });
    // The org's own entry in the fan-out is not counted twice; shiojiri's B and itoigawa's C cover the other 1,800.
    capacity.setConsortium({ tateshina: { B: 600 }, shiojiri: { B: 1_000, A: 50_000 }, itoigawa: { C: 800 } });
    const res = await node.call<Checked>(CHECK, { orderId });
    expect(res.data!.checkFeasibility).toMatchObject({ verdict: 'FEASIBLE_WITH_CONSORTIUM', shortMinutes: 1_800 });
    expect(capacity.calls.map((c) => c.orgId)).toEqual(['tateshina', '*']);
    expect(await statusOf(orderId)).toBe('FEASIBILITY_CHECKED');

    const short = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    capacity.setConsortium({ shiojiri: { B: 1_000, A: 50_000 } });
    expect((await node.call<Checked>(CHECK, { orderId: short })).data!.checkFeasibility.verdict).toBe('SHORT');
  });

  it('stays SHORT when the consortium cannot be asked', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    capacity.set({ B: 600 });
    capacity.consortiumFailure = new DomainError('UPSTREAM_FAILED', 'the gateway did not answer');
    const res = await node.call<Checked>(CHECK, { orderId });
    expect(res.data!.checkFeasibility).toMatchObject({ verdict: 'SHORT', shortMinutes: 1_800 });
  });

  it('re-checks later without moving the order, and shows the latest check', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 10, deadline: '2099-01-31' });
    capacity.set({ C: 600 });
    await node.call(CHECK, { orderId });
    await walkOrder(node, orderId, ['CONTRACTED']);
    capacity.set({ C: 0 });
    const again = await node.call<Checked>(CHECK, { orderId });
    expect(again.data!.checkFeasibility.verdict).toBe('SHORT');
    expect(await statusOf(orderId)).toBe('CONTRACTED');
    const order = await node.call<{ order: { feasibility: { id: string } } }>(ORDER, { id: orderId });
    expect(order.data!.order.feasibility.id).toBe(again.data!.checkFeasibility.id);
  });

  it('checks over the contract period when the contract starts later or ends earlier', async () => {
    const contract = await node.call<{ createContract: { id: string } }>(CREATE_CONTRACT, {
      input: { clientId, type: 'JUNIN', startsOn: '2098-04-01', endsOn: '2098-09-30' },
    });
    const orderId = await seedOrder(node, clientId, { contractId: contract.data!.createContract.id, deadline: '2099-03-31' });
    capacity.set({ C: 100_000 });
    const res = await node.call<Checked>(CHECK, { orderId });
    expect(res.data!.checkFeasibility).toMatchObject({ periodFrom: '2098-04-01', periodTo: '2098-09-30' });
    expect(capacity.calls[0]).toMatchObject({ from: '2098-04-01', to: '2098-09-30' });
  });

  it('refuses with a code and writes nothing: past the check, past the deadline, unknown, malformed, upstream down, other role or org', async () => {
    capacity.set({ A: 100_000, B: 100_000, C: 100_000 });
    const started = await seedOrder(node, clientId, { deadline: '2099-01-31' });
    await walkOrder(node, started, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']);
    // A new order's deadline is never past; this one's passed after it was taken.
    const late = await seedOrder(node, clientId, { deadline: '2099-01-31' });
    await node.dataSource.query(`UPDATE orders SET deadline = '2020-03-31' WHERE id = $1`, [late]);
    const fresh = await seedOrder(node, clientId, { deadline: '2099-01-31' });
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['in progress', { orderId: started }, 'FEASIBILITY_NOT_APPLICABLE', undefined],
      ['deadline passed', { orderId: late }, 'ORDER_PERIOD_OVER', undefined],
      ['unknown order', { orderId: '00000000-0000-4000-8000-000000000000' }, 'ORDER_NOT_FOUND', undefined],
      ['malformed id', { orderId: 'order-1' }, 'BAD_USER_INPUT', undefined],
      ['worker', { orderId: fresh }, 'FORBIDDEN', 'tateshina-worker'],
      ['another org', { orderId: fresh }, 'FORBIDDEN', 'shiojiri-director'],
    ];
    for (const [label, variables, code, as] of cases) {
      const res = await node.call(CHECK, variables, as);
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(capacity.calls).toEqual([]);

    capacity.failure = new DomainError('UPSTREAM_FAILED', 'Another subgraph refused: no data.');
    const down = await node.call(CHECK, { orderId: fresh });
    expect(down.errors?.[0].extensions?.code).toBe('UPSTREAM_FAILED');
    for (const id of [started, late, fresh]) expect(await checksOf(id)).toBe(0);
    expect(await statusOf(fresh)).toBe('INQUIRY');
    expect(await auditOf(fresh)).toEqual([]);
  });

  it('records each of 5 parallel checks but takes the INQUIRY step once', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 1, deadline: '2099-01-31' });
    capacity.set({ C: 600 });
    const results = await Promise.all(Array.from({ length: 5 }, () => node.call<Checked>(CHECK, { orderId })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await checksOf(orderId)).toBe(5);
    expect((await auditOf(orderId)).filter((a) => a.startsWith('order.transition'))).toEqual(['order.transition:FEASIBILITY_CHECKED']);
  });
});
