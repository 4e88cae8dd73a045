import { gql } from '@kyodo/testing';
import { tokyoToday } from '@kyodo/domain';
import { OrdersTestNode, seedClient, seedContract, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';

const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      deadline
      requiredTrainings
      contract {
        id
      }
    }
  }
`;
const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!, $contractId: ID) {
    transitionOrder(id: $id, to: $to, contractId: $contractId) {
      status
      contract {
        id
        ndaSigned
      }
    }
  }
`;
const REGISTER_COURSE = gql`
  mutation ($input: RegisterRequirableCourseInput!) {
    registerRequirableCourse(input: $input) {
      code
      title
      orgId
    }
  }
`;
const REQUIRABLE = gql`
  query {
    requirableCourses {
      code
      orgId
    }
  }
`;

/** The Tokyo calendar day `days` from today (negative: before). */
const tokyoDay = (days: number): string => {
  const d = new Date(`${tokyoToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('order rules the server keeps (contract, NDA, course codes, deadline) against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;
  let otherClientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_rules');
    clientId = await seedClient(node, '立科町 住民課');
    otherClientId = await seedClient(node, '株式会社よそ', 'PRIVATE');
  });

  afterAll(async () => {
    await node?.close();
  });

  const orderCount = async (): Promise<number> =>
    Number(((await node.dataSource.query(`SELECT count(*) AS n FROM orders`)) as { n: string }[])[0].n);
  const orderRow = async (id: string): Promise<{ status: string; contract_id: string | null }> =>
    (
      (await node.dataSource.query(`SELECT status, contract_id FROM orders WHERE id = $1`, [id])) as {
        status: string;
        contract_id: string | null;
      }[]
    )[0];
  const input = (extra: Record<string, unknown> = {}) => ({
    clientId,
    title: '住民票データ入力',
    category: 'DATA_ENTRY',
    valueYen: 100_000,
    estimatedHours: 30,
    deadline: tokyoDay(30),
    ...extra,
  });
  const create = (extra: Record<string, unknown>) =>
    node.call<{ createOrder: { id: string; contract: { id: string } | null } }>(CREATE_ORDER, { input: input(extra) });

  it('refuses a deadline before today (Asia/Tokyo) and writes nothing; today itself is allowed', async () => {
    const before = await orderCount();
    const past = await create({ deadline: tokyoDay(-1) });
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'DEADLINE_IN_PAST',
      details: { deadline: tokyoDay(-1), today: tokyoToday() },
    });
    expect(await orderCount()).toBe(before);
    const today = await create({ deadline: tokyoToday() });
    expect(today.errors).toBeUndefined();
  });

  it('refuses course codes neither the standard catalogue nor the org registered, and writes nothing', async () => {
    const before = await orderCount();
    const unknown = await create({ requiredTrainings: ['SEC-BASIC', 'NO-SUCH-1', 'NO-SUCH-2'] });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'TRAINING_CODE_UNKNOWN',
      details: { unknownCodes: ['NO-SUCH-1', 'NO-SUCH-2'] },
    });
    expect(await orderCount()).toBe(before);

    // The consortium's standard catalogue is known from the start.
    expect((await create({ requiredTrainings: ['SEC-BASIC', 'OFFICE-BASIC'] })).errors).toBeUndefined();
    // A member's own (or a shared) course once an org admin registers its code.
    expect((await create({ requiredTrainings: ['OCR-201'] })).errors?.[0].extensions?.code).toBe('TRAINING_CODE_UNKNOWN');
    const registered = await node.call(REGISTER_COURSE, { input: { code: 'OCR-201', title: 'OCR補正' } }, 'tateshina-admin');
    expect(registered.data).toEqual({ registerRequirableCourse: { code: 'OCR-201', title: 'OCR補正', orgId: 'tateshina' } });
    expect((await create({ requiredTrainings: ['OCR-201'] })).errors).toBeUndefined();
  });

  it('registers a course code once, by an org admin only, and refuses codes of the standard list', async () => {
    const count = async () => (await node.call<{ requirableCourses: unknown[] }>(REQUIRABLE)).data!.requirableCourses.length;
    const before = await count();
    const byDirector = await node.call(REGISTER_COURSE, { input: { code: 'MAP-101', title: '地図作成' } });
    expect(byDirector.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const standard = await node.call(REGISTER_COURSE, { input: { code: 'SEC-BASIC', title: '重複' } }, 'tateshina-admin');
    expect(standard.errors?.[0].extensions).toMatchObject({ code: 'COURSE_CODE_EXISTS', details: { code: 'SEC-BASIC' } });
    const badCode = await node.call(REGISTER_COURSE, { input: { code: 'security training', title: 'x' } }, 'tateshina-admin');
    expect(badCode.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });

  it('refuses a confidential order under a contract without an NDA, at creation and at contracting', async () => {
    const noNda = await seedContract(node, clientId, { ndaSigned: false });
    const before = await orderCount();
    const created = await create({ confidentiality: 'CONFIDENTIAL', contractId: noNda });
    expect(created.errors?.[0].extensions).toMatchObject({ code: 'CONTRACT_NDA_REQUIRED', details: { contractId: noNda } });
    expect(await orderCount()).toBe(before);

    // Created without a contract, then contracted under one without an NDA: refused, nothing changes.
    const orderId = (await create({ confidentiality: 'CONFIDENTIAL' })).data!.createOrder.id;
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED']);
    const refused = await node.call(TRANSITION, { id: orderId, to: 'CONTRACTED', contractId: noNda });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONTRACT_NDA_REQUIRED', details: { contractId: noNda } });
    expect(await orderRow(orderId)).toEqual({ status: 'FEASIBILITY_CHECKED', contract_id: null });

    const withNda = await seedContract(node, clientId, { ndaSigned: true });
    const contracted = await node.call(TRANSITION, { id: orderId, to: 'CONTRACTED', contractId: withNda });
    expect(contracted.data).toEqual({ transitionOrder: { status: 'CONTRACTED', contract: { id: withNda, ndaSigned: true } } });
    const audit = (await node.dataSource.query(
      `SELECT detail FROM audit_log WHERE entity_id = $1 AND action = 'order.transition' ORDER BY id DESC LIMIT 1`,
      [orderId],
    )) as { detail: unknown }[];
    expect(audit[0].detail).toEqual({ from: 'FEASIBILITY_CHECKED', to: 'CONTRACTED', contractId: withNda });
  });

  it('refuses CONTRACTED without a contract, with an unknown one or another client’s, and leaves the order as it was', async () => {
    const orderId = (await create({ contractId: undefined })).data!.createOrder.id;
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED']);
    const none = await node.call(TRANSITION, { id: orderId, to: 'CONTRACTED' });
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'CONTRACT_REQUIRED', details: { id: orderId } });
    const unknown = await node.call(TRANSITION, { id: orderId, to: 'CONTRACTED', contractId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0].extensions?.code).toBe('CONTRACT_NOT_FOUND');
    const foreign = await node.call(TRANSITION, { id: orderId, to: 'CONTRACTED', contractId: await seedContract(node, otherClientId) });
    expect(foreign.errors?.[0].extensions?.code).toBe('CONTRACT_CLIENT_MISMATCH');
    const misplaced = await node.call(TRANSITION, { id: orderId, to: 'CANCELLED', contractId: await seedContract(node, clientId) });
    expect(misplaced.errors?.[0].extensions?.code).toBe('CONTRACT_ONLY_WHEN_CONTRACTING');
    expect(await orderRow(orderId)).toEqual({ status: 'FEASIBILITY_CHECKED', contract_id: null });

    // An order created under a contract is contracted under it without naming it again.
    const covered = await seedOrder(node, clientId);
    expect((await node.call(TRANSITION, { id: covered, to: 'FEASIBILITY_CHECKED' })).errors).toBeUndefined();
    expect(
      (await node.call<{ transitionOrder: { status: string } }>(TRANSITION, { id: covered, to: 'CONTRACTED' })).data!.transitionOrder
        .status,
    ).toBe('CONTRACTED');
  });

  it('never sets PAID on request: only payments recorded on the invoice do', async () => {
    const orderId = await seedOrder(node, clientId);
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']);
    const paid = await node.call(TRANSITION, { id: orderId, to: 'PAID' });
    expect(paid.errors?.[0].extensions).toMatchObject({ code: 'PAID_BY_PAYMENTS_ONLY' });
    expect((await orderRow(orderId)).status).toBe('ACCEPTED');
  });
});
