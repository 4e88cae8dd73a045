import { randomUUID } from 'node:crypto';
import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

const CREATE_TASK = gql`
  mutation ($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
    }
  }
`;
const BRIEF = gql`
  query ($id: ID!) {
    taskBrief(id: $id) {
      orgId
      taskId
      taskTitle
      orderTitle
      clientLabel
      deadline
    }
  }
`;

describe('task briefs for the workers node (orders node, PostgreSQL)', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_task_briefs');
    clientId = await seedClient(node, '立科町 健康福祉課');
  });

  afterAll(async () => {
    await node?.close();
  });

  const taskOf = async (confidentiality: string): Promise<string> => {
    const orderId = await seedOrder(node, clientId, { confidentiality, title: `検診票入力 ${confidentiality}` });
    const res = await node.call<{ createTask: { id: string } }>(CREATE_TASK, {
      input: { orderId, title: '一次入力', payBasis: 'HOURLY', hours: 6, payRateYen: 1_000, valueYen: 10_000 },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createTask.id;
  };

  it('names the client to workers only on OPEN orders', async () => {
    const open = await taskOf('OPEN');
    expect((await node.call(BRIEF, { id: open })).data).toEqual({
      taskBrief: {
        orgId: 'tateshina',
        taskId: open,
        taskTitle: '一次入力',
        orderTitle: '検診票入力 OPEN',
        clientLabel: '立科町 健康福祉課',
        deadline: '2027-03-31',
      },
    });
    for (const level of ['INTERNAL', 'CONFIDENTIAL']) {
      const id = await taskOf(level);
      expect((await node.call<{ taskBrief: { clientLabel: string | null } }>(BRIEF, { id })).data!.taskBrief.clientLabel).toBeNull();
    }
    expect((await node.call(BRIEF, { id: randomUUID() })).data).toEqual({ taskBrief: null });
  });

  it('answers staff only: a worker (the orders node does not know who is assigned) is refused', async () => {
    const id = await taskOf('OPEN');
    for (const who of ['tateshina-worker', 'itoigawa-director']) {
      const res = await node.call(BRIEF, { id }, who);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
