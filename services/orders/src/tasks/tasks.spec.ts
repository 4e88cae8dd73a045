import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

const CREATE_TASK = gql`
  mutation ($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
      orderId
      title
      hours
      valueYen
      status
    }
  }
`;
const PASS = gql`
  mutation ($id: ID!) {
    passTask(id: $id) {
      id
      status
      reviewComment
      reviewedAt
    }
  }
`;
const RETURN = gql`
  mutation ($id: ID!, $comment: String!) {
    returnTask(id: $id, comment: $comment) {
      id
      status
      reviewComment
    }
  }
`;
const ORDER = gql`
  query ($id: ID!) {
    order(id: $id) {
      taskHoursTotal
      taskValueTotal
      progress
      tasks {
        title
        status
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

describe('tasks (作業) against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_tasks');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  const task = (orderId: string, extra: Record<string, unknown> = {}) => ({
    orderId,
    title: '入力作業',
    payBasis: 'HOURLY',
    hours: 6,
    payRateYen: 1_000,
    valueYen: 10_000,
    ...extra,
  });
  /** The order row's maintained totals next to the sums recomputed from the task rows. */
  const sumsOf = async (orderId: string) =>
    (
      (await node.dataSource.query(
        `SELECT o.task_hours_total AS "hoursTotal", o.task_value_total::int AS "valueTotal",
              (SELECT coalesce(sum(hours), 0)::int FROM tasks WHERE order_id = o.id) AS hours,
              (SELECT coalesce(sum(value_yen), 0)::int FROM tasks WHERE order_id = o.id) AS value
       FROM orders o WHERE o.id = $1`,
        [orderId],
      )) as { hoursTotal: number; valueTotal: number; hours: number; value: number }[]
    )[0];

  it('splits an order into tasks and keeps the totals on the order', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, valueYen: 100_000 });
    expect((await node.call(CREATE_TASK, { input: task(orderId, { title: '前半' }) })).errors).toBeUndefined();
    expect(
      (await node.call(CREATE_TASK, { input: task(orderId, { title: '封入', payBasis: 'PIECE', hours: 4, quantity: 500, payRateYen: 5 }) }))
        .errors,
    ).toBeUndefined();
    const res = await node.call<{ order: Record<string, unknown> }>(ORDER, { id: orderId });
    expect(res.data!.order).toEqual({
      taskHoursTotal: 10,
      taskValueTotal: '20000',
      progress: 0,
      tasks: [
        { title: '前半', status: 'OPEN' },
        { title: '封入', status: 'OPEN' },
      ],
    });
  });

  it('refuses a task beyond the order hours or value with TASK_TOTAL_EXCEEDED and writes nothing', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 10, valueYen: 50_000 });
    const hours = await node.call(CREATE_TASK, { input: task(orderId, { hours: 11 }) });
    expect(hours.errors?.[0].extensions).toMatchObject({ code: 'TASK_TOTAL_EXCEEDED', details: { orderId, exceeds: 'hours' } });
    const value = await node.call(CREATE_TASK, { input: task(orderId, { hours: 1, valueYen: 50_001 }) });
    expect(value.errors?.[0].extensions).toMatchObject({ code: 'TASK_TOTAL_EXCEEDED', details: { orderId, exceeds: 'valueYen' } });
    expect(await sumsOf(orderId)).toEqual({ hoursTotal: 0, valueTotal: 0, hours: 0, value: 0 });
    const audit = (await node.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE detail->>'orderId' = $1`, [orderId])) as {
      n: number;
    }[];
    expect(audit[0].n).toBe(0);
  });

  it('checks pay basis against hours and quantity', async () => {
    const orderId = await seedOrder(node, clientId);
    for (const bad of [{ payBasis: 'PIECE' }, { payBasis: 'HOURLY', quantity: 10 }, { payBasis: 'HOURLY', hours: 0 }]) {
      expect((await node.call(CREATE_TASK, { input: task(orderId, bad) })).errors?.[0].extensions?.code).toBe('TASK_PAY_BASIS_MISMATCH');
    }
    expect((await node.call(CREATE_TASK, { input: task(orderId, { valueYen: '10000000000000001' }) })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('admits exactly the parallel createTask requests that fit the hours (10 × 6h into 40h: 6 win)', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, valueYen: 1_000_000 });
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => node.call(CREATE_TASK, { input: task(orderId, { title: `並行-${i}` }) })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(6);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(4);
    for (const r of refused) expect(r.errors![0].extensions?.code).toBe('TASK_TOTAL_EXCEEDED');
    expect(await sumsOf(orderId)).toEqual({ hoursTotal: 36, valueTotal: 60_000, hours: 36, value: 60_000 });
  });

  it('admits exactly the parallel createTask requests that fit the value (10 × ¥30,000 into ¥100,000: 3 win)', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 1_000, valueYen: 100_000 });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => node.call(CREATE_TASK, { input: task(orderId, { hours: 1, valueYen: 30_000 }) })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors![0].extensions).toMatchObject({ code: 'TASK_TOTAL_EXCEEDED', details: { exceeds: 'valueYen' } });
    expect(await sumsOf(orderId)).toEqual({ hoursTotal: 3, valueTotal: 90_000, hours: 3, value: 90_000 });
  });

  it('holds the totals in the database itself: parallel raw INSERTs bypassing the service, and shrinking the order', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, valueYen: 1_000_000 });
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        node.dataSource.query(
          `INSERT INTO tasks (org_id, order_id, title, pay_basis, hours, pay_rate_yen, value_yen) VALUES ('tateshina', $1, 'raw', 'HOURLY', 7, 1000, 1000)`,
          [orderId],
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results)
      if (r.status === 'rejected')
        expect((r.reason as { driverError: { constraint: string } }).driverError.constraint).toBe('orders_task_hours_within');
    expect(await sumsOf(orderId)).toEqual({ hoursTotal: 35, valueTotal: 5_000, hours: 35, value: 5_000 });
    await expect(node.dataSource.query(`UPDATE orders SET estimated_hours = 30 WHERE id = $1`, [orderId])).rejects.toMatchObject({
      driverError: { constraint: 'orders_task_hours_within' },
    });
    await node.dataSource.query(`DELETE FROM tasks WHERE id = (SELECT id FROM tasks WHERE order_id = $1 LIMIT 1)`, [orderId]);
    expect(await sumsOf(orderId)).toEqual({ hoursTotal: 28, valueTotal: 4_000, hours: 28, value: 4_000 });
  });

  it('reviews tasks (内部検収): return with a comment, pass, audit, and progress from passed hours', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, valueYen: 100_000 });
    const a = await node.call<{ createTask: { id: string } }>(CREATE_TASK, { input: task(orderId, { hours: 10 }) });
    const b = await node.call<{ createTask: { id: string } }>(CREATE_TASK, { input: task(orderId, { hours: 20 }) });
    const idA = a.data!.createTask.id;
    const idB = b.data!.createTask.id;

    const returned = await node.call(RETURN, { id: idA, comment: '氏名の表記ゆれを修正してください' });
    expect(returned.data!.returnTask).toMatchObject({ status: 'RETURNED', reviewComment: '氏名の表記ゆれを修正してください' });
    const passed = await node.call<{ passTask: { status: string; reviewedAt: string } }>(PASS, { id: idA });
    expect(passed.data!.passTask).toMatchObject({ status: 'PASSED', reviewComment: null });
    expect(passed.data!.passTask.reviewedAt).toBeTruthy();
    expect((await node.call(RETURN, { id: idA, comment: 'too late' })).errors?.[0].extensions?.code).toBe('TASK_ALREADY_PASSED');
    expect((await node.call(PASS, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('TASK_NOT_FOUND');

    let order = await node.call<{ order: { progress: number } }>(ORDER, { id: orderId });
    expect(order.data!.order.progress).toBeCloseTo(10 / 40);
    await node.call(PASS, { id: idB });
    order = await node.call<{ order: { progress: number } }>(ORDER, { id: orderId });
    expect(order.data!.order.progress).toBeCloseTo(30 / 40);

    const audit = (await node.dataSource.query(`SELECT action, detail FROM audit_log WHERE entity_id = $1 ORDER BY id`, [idA])) as {
      action: string;
      detail: Record<string, unknown>;
    }[];
    expect(audit).toEqual([
      { action: 'task.create', detail: expect.objectContaining({ orderId, hours: 10 }) },
      { action: 'task.return', detail: { orderId, from: 'OPEN', to: 'RETURNED', comment: '氏名の表記ゆれを修正してください' } },
      { action: 'task.pass', detail: { orderId, from: 'RETURNED', to: 'PASSED' } },
    ]);
  });

  it('takes no tasks on a cancelled order', async () => {
    const orderId = await seedOrder(node, clientId);
    await node.call(TRANSITION, { id: orderId, to: 'CANCELLED' });
    expect((await node.call(CREATE_TASK, { input: task(orderId) })).errors?.[0].extensions).toMatchObject({
      code: 'ORDER_CLOSED_FOR_WORK',
      details: { status: 'CANCELLED' },
    });
  });

  it('delivers an order only when every task passed internal review (内部検収)', async () => {
    const orderId = await seedOrder(node, clientId);
    const created = await node.call<{ createTask: { id: string } }>(CREATE_TASK, { input: task(orderId) });
    for (const to of ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']) await node.call(TRANSITION, { id: orderId, to });
    const early = await node.call(TRANSITION, { id: orderId, to: 'DELIVERED' });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'TASKS_NOT_REVIEWED', details: { id: orderId, unreviewedTasks: 1 } });
    await node.call(PASS, { id: created.data!.createTask.id });
    expect((await node.call(TRANSITION, { id: orderId, to: 'DELIVERED' })).errors).toBeUndefined();
    expect((await node.call(CREATE_TASK, { input: task(orderId) })).errors?.[0].extensions?.code).toBe('ORDER_CLOSED_FOR_WORK');
  });
});
