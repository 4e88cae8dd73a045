import type { OrgScopedRef } from '@kyodo/domain';
import type { OnBehalfOf } from '@kyodo/subgraph';
import { gql } from '@kyodo/testing';
import { seedClient, startOrdersTestNode, type OrdersTestNode } from '../test-support/orders-test-node';
import type { WorkerDirectory } from '../workers/worker-directory';

const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
      leadWorker {
        orgId
        id
      }
    }
  }
`;

/** The workers nodes as the orders node sees them: who may be named, and what was asked (with whose token). */
class FakeWorkerDirectory implements WorkerDirectory {
  readonly referable = new Set<string>();
  readonly asked: Array<{ token: string; worker: OrgScopedRef }> = [];

  async mayReference(caller: OnBehalfOf, worker: OrgScopedRef): Promise<boolean> {
    this.asked.push({ token: caller.token, worker });
    return this.referable.has(`${worker.orgId}/${worker.id}`);
  }
}

const OWN_WORKER = '6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e41';
const CONSENTING_PARTNER_WORKER = '6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e42';
const NON_CONSENTING_PARTNER_WORKER = '6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e43';

describe("an order's lead worker is checked when it is written", () => {
  const directory = new FakeWorkerDirectory();
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    directory.referable.add(`tateshina/${OWN_WORKER}`).add(`shiojiri/${CONSENTING_PARTNER_WORKER}`);
    node = await startOrdersTestNode('orders_lead_worker', { workerDirectory: directory });
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  const create = (title: string, lead: OrgScopedRef) =>
    node.call<{ createOrder: { id: string; leadWorker: OrgScopedRef } }>(CREATE_ORDER, {
      input: {
        clientId,
        title,
        category: 'DATA_ENTRY',
        valueYen: 1_000,
        estimatedHours: 2,
        deadline: '2027-03-31',
        leadWorkerOrgId: lead.orgId,
        leadWorkerId: lead.id,
      },
    });
  const storedTitles = async (): Promise<string[]> =>
    (await node.dataSource.query<{ title: string }[]>('SELECT title FROM orders ORDER BY title')).map((r) => r.title);

  it("stores a worker the worker's node lets the caller name (own org, or a partner's consenting worker), asking with the caller's token", async () => {
    for (const [title, lead] of [
      ['自組織のリーダー', { orgId: 'tateshina', id: OWN_WORKER }],
      ['連携先のリーダー', { orgId: 'shiojiri', id: CONSENTING_PARTNER_WORKER }],
    ] as const) {
      const res = await create(title, lead);
      expect(res.errors).toBeUndefined();
      expect(res.data!.createOrder.leadWorker).toEqual(lead);
    }
    expect(directory.asked.every((a) => a.token.length > 20)).toBe(true);
  });

  it.each([
    ["another member's worker who did not consent", { orgId: 'shiojiri', id: NON_CONSENTING_PARTNER_WORKER }],
    ['a worker that does not exist', { orgId: 'tateshina', id: '6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e49' }],
  ])('refuses %s with LEAD_WORKER_NOT_REFERABLE and stores nothing', async (_case, lead) => {
    const before = await storedTitles();
    const res = await create('拒否されるべき受注', lead);
    expect(res.data).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'LEAD_WORKER_NOT_REFERABLE',
      details: { leadWorkerOrgId: lead.orgId, leadWorkerId: lead.id },
    });
    expect(await storedTitles()).toEqual(before);
  });
});
