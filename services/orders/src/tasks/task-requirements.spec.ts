import { gql } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

const CREATE_TASK = gql`
  mutation ($input: CreateTaskInput!) {
    createTask(input: $input) {
      id
    }
  }
`;
const REQUIREMENTS = gql`
  query ($orgId: String, $taskId: ID!) {
    taskRequirements(orgId: $orgId, taskId: $taskId) {
      orgId
      taskId
      orderId
      itStage
      businessStage
      trainings
      confidential
      category
      withholding
    }
  }
`;
const SET_WITHHOLDING = gql`
  mutation ($code: String!, $withholding: Boolean!) {
    setCategoryWithholding(code: $code, withholding: $withholding) {
      code
      withholding
    }
  }
`;
const CATEGORIES = gql`
  query {
    businessCategories {
      code
      withholding
    }
  }
`;
const PUBLISH = gql`
  mutation ($input: PublishPoolOfferInput!) {
    publishPoolOffer(input: $input) {
      id
    }
  }
`;
const CLAIM = gql`
  mutation ($offerId: ID!, $hours: Int!) {
    claimPoolOffer(orgId: "tateshina", offerId: $offerId, hours: $hours) {
      id
    }
  }
`;
const APPROVE = gql`
  mutation ($id: ID!) {
    approvePoolClaim(id: $id) {
      id
      status
    }
  }
`;

describe('a task’s requirements and the categories’ withholding at the owner’s orders node, against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_task_requirements');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  async function ok<T>(query: string, variables: Record<string, unknown> = {}, as?: string): Promise<T> {
    const res = await node.call<T>(query, variables, as);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  async function seedTask(order: Record<string, unknown> = {}): Promise<{ orderId: string; taskId: string }> {
    const orderId = await seedOrder(node, clientId, {
      estimatedHours: 100,
      requiredStage: 'B',
      requiredTrainings: ['WIN-BASIC'],
      deadline: '2099-03-31',
      ...order,
    });
    const { createTask } = await ok<{ createTask: { id: string } }>(CREATE_TASK, {
      input: { orderId, title: '入力', payBasis: 'HOURLY', hours: 10, payRateYen: 1_000, valueYen: 10_000 },
    });
    return { orderId, taskId: createTask.id };
  }

  const withholdingAudit = async (code: string) =>
    (await node.dataSource.query(
      `SELECT actor_org_id AS "orgId", detail FROM audit_log WHERE action = 'business-category.withholding' AND entity_id = $1 ORDER BY id`,
      [code],
    )) as unknown[];

  it('reads stage, trainings and category from the order; confidential work adds the security course', async () => {
    const open = await seedTask({ confidentiality: 'INTERNAL' });
    const res = await ok<{ taskRequirements: unknown }>(REQUIREMENTS, { taskId: open.taskId });
    expect(res.taskRequirements).toEqual({
      orgId: 'tateshina',
      taskId: open.taskId,
      orderId: open.orderId,
      itStage: 'B',
      businessStage: 'B',
      trainings: ['WIN-BASIC'],
      confidential: false,
      category: 'DATA_ENTRY',
      withholding: false,
    });
    const secret = await seedTask({ confidentiality: 'CONFIDENTIAL', requiredStage: 'C' });
    expect((await ok<{ taskRequirements: unknown }>(REQUIREMENTS, { taskId: secret.taskId })).taskRequirements).toMatchObject({
      itStage: 'C',
      businessStage: 'C',
      trainings: ['WIN-BASIC', 'SEC-BASIC'],
      confidential: true,
    });
  });

  it('answers null for an unknown task, for a worker, and for another member without an approved claim', async () => {
    const { taskId } = await seedTask();
    expect((await node.call(REQUIREMENTS, { taskId: '00000000-0000-4000-8000-000000000000' })).data).toEqual({ taskRequirements: null });
    const asWorker = await node.call(REQUIREMENTS, { taskId }, 'tateshina-worker');
    expect(asWorker.data?.taskRequirements ?? null).toBeNull();
    expect(asWorker.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await node.call(REQUIREMENTS, { orgId: 'tateshina', taskId }, 'shiojiri-director')).data).toEqual({ taskRequirements: null });
    expect((await node.call(REQUIREMENTS, { taskId: 'not-a-uuid' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shows a partner the requirements of a task it holds an approved claim on, and only then', async () => {
    const { taskId } = await seedTask();
    const { publishPoolOffer } = await ok<{ publishPoolOffer: { id: string } }>(PUBLISH, { input: { taskId, hours: 5, rateYen: 1_500 } });
    const { claimPoolOffer } = await ok<{ claimPoolOffer: { id: string } }>(
      CLAIM,
      { offerId: publishPoolOffer.id, hours: 3 },
      'shiojiri-director',
    );
    expect((await node.call(REQUIREMENTS, { orgId: 'tateshina', taskId }, 'shiojiri-director')).data).toEqual({ taskRequirements: null });
    await ok(APPROVE, { id: claimPoolOffer.id });
    expect(
      (await ok<{ taskRequirements: { taskId: string } }>(REQUIREMENTS, { orgId: 'tateshina', taskId }, 'shiojiri-director'))
        .taskRequirements.taskId,
    ).toBe(taskId);
    // Another partner's claim does not open it to a third member.
    expect((await node.call(REQUIREMENTS, { orgId: 'tateshina', taskId }, 'itoigawa-director')).data).toEqual({ taskRequirements: null });
  });

  it('lets an org admin set a category’s withholding, audited, which the requirements then carry', async () => {
    const { taskId } = await seedTask({ category: 'DESIGN' });
    const set = await ok<{ setCategoryWithholding: unknown }>(SET_WITHHOLDING, { code: 'DESIGN', withholding: true }, 'tateshina-admin');
    expect(set.setCategoryWithholding).toEqual({ code: 'DESIGN', withholding: true });
    expect((await ok<{ taskRequirements: { withholding: boolean } }>(REQUIREMENTS, { taskId })).taskRequirements.withholding).toBe(true);
    const { businessCategories } = await ok<{ businessCategories: { code: string; withholding: boolean }[] }>(CATEGORIES);
    expect(businessCategories.filter((c) => c.withholding).map((c) => c.code)).toEqual(['DESIGN']);
    expect(await withholdingAudit('DESIGN')).toEqual([
      { orgId: 'tateshina', detail: { orgId: 'tateshina', before: { withholding: false }, after: { withholding: true } } },
    ]);
  });

  it('refuses a director, an unknown category and a bad code, and writes nothing', async () => {
    const asDirector = await node.call(SET_WITHHOLDING, { code: 'DATA_ENTRY', withholding: true });
    expect(asDirector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unknown = await node.call(SET_WITHHOLDING, { code: 'NO_SUCH_CATEGORY', withholding: true }, 'tateshina-admin');
    expect(unknown.errors?.[0].extensions?.code).toBe('CATEGORY_NOT_FOUND');
    const bad = await node.call(SET_WITHHOLDING, { code: "x'; DROP TABLE orders; --", withholding: true }, 'tateshina-admin');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await node.dataSource.query(`SELECT code FROM category_withholding WHERE code <> 'DESIGN'`)).toEqual([]);
    expect(await withholdingAudit('DATA_ENTRY')).toEqual([]);
  });
});

describe("a municipality-run town's task requirements for its partner operator's staff (アサイン is delegated)", () => {
  let node: OrdersTestNode;
  let taskId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_task_requirements_operator', { operatedBy: { tateshina: 'shiojiri' } });
    const orderId = await seedOrder(node, await seedClient(node));
    const res = await node.call<{ createTask: { id: string } }>(CREATE_TASK, {
      input: { orderId, title: '入力', payBasis: 'HOURLY', hours: 10, payRateYen: 1_000, valueYen: 10_000 },
    });
    taskId = res.data!.createTask.id;
  });

  afterAll(async () => {
    await node?.close();
  });

  it('answers the staff the town is delegated to (operator_for), and nobody else of the operator', async () => {
    const forOperator = await node.call<{ taskRequirements: { taskId: string } | null }>(
      REQUIREMENTS,
      { orgId: 'tateshina', taskId },
      'shiojiri-director',
    );
    expect(forOperator.errors).toBeUndefined();
    expect(forOperator.data?.taskRequirements?.taskId).toBe(taskId);
    // shiojiri-admin is not in operators-of-tateshina; itoigawa operates nobody here.
    for (const caller of ['shiojiri-admin', 'itoigawa-director']) {
      const res = await node.call<{ taskRequirements: unknown }>(REQUIREMENTS, { orgId: 'tateshina', taskId }, caller);
      expect([caller, res.errors, res.data?.taskRequirements]).toEqual([caller, undefined, null]);
    }
  });
});
