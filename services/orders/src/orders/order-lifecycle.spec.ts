import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!) {
    transitionOrder(id: $id, to: $to) {
      id
      status
    }
  }
`;

interface AuditRow {
  actor_id: string;
  actor_org_id: string;
  action: string;
  detail: { from: string; to: string };
  at: Date;
}

describe('the order lifecycle against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_lifecycle');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  const auditOf = (id: string): Promise<AuditRow[]> =>
    node.dataSource.query(
      `SELECT actor_id, actor_org_id, action, detail, at FROM audit_log WHERE entity_type = 'order' AND entity_id = $1 ORDER BY id`,
      [id],
    );
  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;

  it('walks inquiry to invoiced (PAID comes from payments), auditing who moved it, when, from and to', async () => {
    const id = await seedOrder(node, clientId);
    const path = ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'INVOICED'];
    for (const to of path) {
      const res = await node.call<{ transitionOrder: { status: string } }>(TRANSITION, { id, to });
      expect(res.errors).toBeUndefined();
      expect(res.data!.transitionOrder.status).toBe(to);
    }
    const audit = await auditOf(id);
    expect(audit.map((a) => `${a.detail.from}->${a.detail.to}`)).toEqual([
      'INQUIRY->FEASIBILITY_CHECKED',
      'FEASIBILITY_CHECKED->CONTRACTED',
      'CONTRACTED->IN_PROGRESS',
      'IN_PROGRESS->DELIVERED',
      'DELIVERED->ACCEPTED',
      'ACCEPTED->INVOICED',
    ]);
    const userId = JSON.parse(Buffer.from(node.caller.authorization.split('.')[1], 'base64url').toString()).sub as string;
    for (const a of audit) expect(a).toMatchObject({ actor_id: userId, actor_org_id: 'tateshina', action: 'order.transition' });
    expect(audit[0].at).toBeInstanceOf(Date);

    const history = await node.call<{ order: { history: { from: string; to: string; actorId: string; at: string }[] } }>(
      gql`
        query ($id: ID!) {
          order(id: $id) {
            history {
              from
              to
              actorId
              at
            }
          }
        }
      `,
      { id },
    );
    expect(history.data!.order.history.map((h) => h.to)).toEqual(path);
    expect(history.data!.order.history[0]).toMatchObject({ from: 'INQUIRY', actorId: userId });
  });

  it('refuses an illegal transition with ILLEGAL_TRANSITION and writes nothing', async () => {
    const id = await seedOrder(node, clientId);
    const res = await node.call(TRANSITION, { id, to: 'DELIVERED' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { id, from: 'INQUIRY', to: 'DELIVERED' } });
    expect(await statusOf(id)).toBe('INQUIRY');
    expect(await auditOf(id)).toEqual([]);
  });

  it('cancels from the early states only', async () => {
    const early = await seedOrder(node, clientId);
    await node.call(TRANSITION, { id: early, to: 'FEASIBILITY_CHECKED' });
    await node.call(TRANSITION, { id: early, to: 'CONTRACTED' });
    expect((await node.call(TRANSITION, { id: early, to: 'CANCELLED' })).errors).toBeUndefined();
    expect(await statusOf(early)).toBe('CANCELLED');
    expect((await node.call(TRANSITION, { id: early, to: 'INQUIRY' })).errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');

    const started = await seedOrder(node, clientId);
    for (const to of ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']) await node.call(TRANSITION, { id: started, to });
    expect((await node.call(TRANSITION, { id: started, to: 'CANCELLED' })).errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect(await statusOf(started)).toBe('IN_PROGRESS');
  });

  it('refuses an unknown order with ORDER_NOT_FOUND', async () => {
    const res = await node.call(TRANSITION, { id: '00000000-0000-4000-8000-000000000000', to: 'CANCELLED' });
    expect(res.errors?.[0].extensions?.code).toBe('ORDER_NOT_FOUND');
  });

  it.each(['FEASIBILITY_CHECKED', 'CANCELLED'])(
    'lets exactly one of 10 parallel transitions INQUIRY -> %s win; the rest get ILLEGAL_TRANSITION',
    async (to) => {
      const id = await seedOrder(node, clientId);
      const results = await Promise.all(
        Array.from({ length: 10 }, () => node.call<{ transitionOrder: { status: string } }>(TRANSITION, { id, to })),
      );
      const winners = results.filter((r) => r.data?.transitionOrder);
      const refused = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(refused).toHaveLength(9);
      // The losers waited for the winner's lock and then saw its committed status, not a stale one.
      for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { from: to, to } });
      expect(await statusOf(id)).toBe(to);
      expect((await auditOf(id)).map((a) => a.detail)).toEqual([{ from: 'INQUIRY', to }]);
    },
  );

  it('serializes a parallel forward move and cancel: both may succeed only in a legal order, each audited', async () => {
    const id = await seedOrder(node, clientId);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        node.call<{ transitionOrder: { status: string } }>(TRANSITION, { id, to: i % 2 === 0 ? 'FEASIBILITY_CHECKED' : 'CANCELLED' }),
      ),
    );
    const audit = (await auditOf(id)).map((a) => `${a.detail.from}->${a.detail.to}`);
    // Either a cancel won first (one step), or a forward move then a cancel (two legal steps).
    expect([['INQUIRY->CANCELLED'], ['INQUIRY->FEASIBILITY_CHECKED', 'FEASIBILITY_CHECKED->CANCELLED']]).toContainEqual(audit);
    expect(results.filter((r) => r.data?.transitionOrder)).toHaveLength(audit.length);
    expect(await statusOf(id)).toBe('CANCELLED');
  });
});
