import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';

const CREATE_TASK = gql`
  mutation ($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
    }
  }
`;
const PASS = gql`
  mutation ($id: ID!) {
    passTask(id: $id) {
      id
    }
  }
`;
const DELIVER = gql`
  mutation ($input: DeliverOrderInput!) {
    deliverOrder(input: $input) {
      id
      orderId
      status
      amountYen
      note
      deliveredBy
      acceptedAt
      tasks {
        id
      }
    }
  }
`;
const ACCEPT = gql`
  mutation ($id: ID!, $note: String) {
    acceptDelivery(id: $id, note: $note) {
      id
      status
      acceptedAt
      acceptedBy
      acceptanceNote
    }
  }
`;
const ORDER = gql`
  query ($id: ID!) {
    order(id: $id) {
      status
      delivery {
        id
        status
        amountYen
        tasks {
          id
        }
      }
    }
  }
`;
const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!) {
    transitionOrder(id: $id, to: $to) {
      status
    }
  }
`;

interface Delivered {
  deliverOrder: {
    id: string;
    orderId: string;
    status: string;
    amountYen: string;
    note: string | null;
    deliveredBy: string;
    acceptedAt: string | null;
    tasks: { id: string }[];
  };
}

describe('deliveries (納入) and acceptance (検収) against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_deliveries');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  const count = async (sql: string, params: unknown[]): Promise<number> =>
    ((await node.dataSource.query(sql, params)) as { n: number }[])[0].n;
  const deliveriesOf = (orderId: string) => count(`SELECT count(*)::int AS n FROM deliveries WHERE order_id = $1`, [orderId]);
  const auditActions = async (entityId: string): Promise<string[]> =>
    (
      (await node.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [entityId])) as { action: string }[]
    ).map((r) => r.action);
  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;

  /** An IN_PROGRESS order with `tasks` tasks, all passed internal review. */
  const orderInProgress = async (tasks: number, valueYen = 80_000): Promise<{ orderId: string; taskIds: string[] }> => {
    const orderId = await seedOrder(node, clientId, { valueYen });
    const taskIds: string[] = [];
    for (let i = 0; i < tasks; i++) {
      const res = await node.call<{ createTask: { id: string } }>(CREATE_TASK, {
        input: { orderId, title: `作業-${i}`, payBasis: 'HOURLY', hours: 2, payRateYen: 1_000, valueYen: 5_000 },
      });
      taskIds.push(res.data!.createTask.id);
      await node.call(PASS, { id: res.data!.createTask.id });
    }
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']);
    return { orderId, taskIds };
  };

  it('delivers the reviewed tasks for the order value, then accepts; the order follows, each step audited', async () => {
    const { orderId, taskIds } = await orderInProgress(2);
    const delivered = await node.call<Delivered>(DELIVER, { input: { orderId, note: 'CSV 2件を共有フォルダに格納' } });
    expect(delivered.errors).toBeUndefined();
    const delivery = delivered.data!.deliverOrder;
    expect(delivery).toMatchObject({
      orderId,
      status: 'DELIVERED',
      amountYen: '80000',
      note: 'CSV 2件を共有フォルダに格納',
      acceptedAt: null,
    });
    expect(delivery.tasks.map((t) => t.id).sort()).toEqual([...taskIds].sort());
    expect(await statusOf(orderId)).toBe('DELIVERED');

    const accepted = await node.call<{ acceptDelivery: Record<string, unknown> }>(ACCEPT, { id: delivery.id, note: '検収合格' });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptDelivery).toMatchObject({
      status: 'ACCEPTED',
      acceptedBy: delivery.deliveredBy,
      acceptanceNote: '検収合格',
    });
    expect(accepted.data!.acceptDelivery.acceptedAt).toBeTruthy();

    const order = await node.call<{ order: { status: string; delivery: { id: string; status: string } } }>(ORDER, { id: orderId });
    expect(order.data!.order).toMatchObject({ status: 'ACCEPTED', delivery: { id: delivery.id, status: 'ACCEPTED' } });
    expect(await auditActions(delivery.id)).toEqual(['delivery.create', 'delivery.accept']);
    const steps = (await node.dataSource.query(
      `SELECT detail->>'to' AS "to" FROM audit_log WHERE entity_id = $1 AND action = 'order.transition' ORDER BY id`,
      [orderId],
    )) as { to: string }[];
    expect(steps.map((s) => s.to).slice(-2)).toEqual(['DELIVERED', 'ACCEPTED']);
  });

  it('makes the same delivery when transitionOrder takes the steps', async () => {
    const { orderId, taskIds } = await orderInProgress(1, 30_000);
    await walkOrder(node, orderId, ['DELIVERED', 'ACCEPTED']);
    const order = await node.call<{ order: { delivery: { status: string; amountYen: string; tasks: { id: string }[] } } }>(ORDER, {
      id: orderId,
    });
    expect(order.data!.order.delivery).toEqual({
      id: expect.any(String),
      status: 'ACCEPTED',
      amountYen: '30000',
      tasks: [{ id: taskIds[0] }],
    });
  });

  it('refuses delivery before review, before work started, and twice; writes nothing', async () => {
    const orderId = await seedOrder(node, clientId);
    const open = await node.call<{ createTask: { id: string } }>(CREATE_TASK, {
      input: { orderId, title: '未検収', payBasis: 'HOURLY', hours: 1, payRateYen: 1, valueYen: 1 },
    });
    const early = await node.call(DELIVER, { input: { orderId } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { from: 'INQUIRY', to: 'DELIVERED' } });
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']);
    const unreviewed = await node.call(DELIVER, { input: { orderId } });
    expect(unreviewed.errors?.[0].extensions).toMatchObject({ code: 'TASKS_NOT_REVIEWED', details: { unreviewedTasks: 1 } });
    expect(await deliveriesOf(orderId)).toBe(0);
    expect(await statusOf(orderId)).toBe('IN_PROGRESS');

    await node.call(PASS, { id: open.data!.createTask.id });
    expect((await node.call(DELIVER, { input: { orderId } })).errors).toBeUndefined();
    expect((await node.call(DELIVER, { input: { orderId } })).errors?.[0].extensions?.code).toBe('ILLEGAL_TRANSITION');
    expect(await deliveriesOf(orderId)).toBe(1);
  });

  it('refuses bad input, unknown ids, another role and another org with a code', async () => {
    const { orderId } = await orderInProgress(0);
    expect((await node.call(DELIVER, { input: { orderId: 'not-a-uuid' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await node.call(DELIVER, { input: { orderId, note: 'x'.repeat(1001) } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await node.call(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe(
      'DELIVERY_NOT_FOUND',
    );
    expect((await node.call(DELIVER, { input: { orderId } }, 'tateshina-worker')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await node.call(DELIVER, { input: { orderId } }, 'shiojiri-director')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await deliveriesOf(orderId)).toBe(0);

    const delivered = await node.call<Delivered>(DELIVER, { input: { orderId } });
    const id = delivered.data!.deliverOrder.id;
    expect((await node.call(ACCEPT, { id }, 'tateshina-worker')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await node.call(ACCEPT, { id }, 'shiojiri-director')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await statusOf(orderId)).toBe('DELIVERED');
    expect(await auditActions(id)).toEqual(['delivery.create']);
  });

  it('lets exactly one of 10 parallel accepts of one delivery win; the rest get DELIVERY_ALREADY_ACCEPTED', async () => {
    const { orderId } = await orderInProgress(1);
    const delivered = await node.call<Delivered>(DELIVER, { input: { orderId } });
    const id = delivered.data!.deliverOrder.id;
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => node.call(ACCEPT, { id, note: `検収-${i}` })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'DELIVERY_ALREADY_ACCEPTED', details: { id } });
    expect(await auditActions(id)).toEqual(['delivery.create', 'delivery.accept']);
    expect(await count(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND detail->>'to' = 'ACCEPTED'`, [orderId])).toBe(1);
  });

  it('races an accept against transitionOrder to ACCEPTED: one wins, one audited step', async () => {
    const { orderId } = await orderInProgress(0);
    const delivered = await node.call<Delivered>(DELIVER, { input: { orderId } });
    const [accept, transition] = await Promise.all([
      node.call(ACCEPT, { id: delivered.data!.deliverOrder.id }),
      node.call(TRANSITION, { id: orderId, to: 'ACCEPTED' }),
    ]);
    expect([accept, transition].filter((r) => !r.errors)).toHaveLength(1);
    expect(await auditActions(delivered.data!.deliverOrder.id)).toEqual(['delivery.create', 'delivery.accept']);
  });
});
