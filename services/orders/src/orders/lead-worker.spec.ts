import { TRAINING_CLIENT, WORKERS_CLIENT } from '@kyodo/auth';
import type { OrgScopedRef } from '@kyodo/domain';
import { gql, postGraphQL, testServiceAccount } from '@kyodo/testing';
import { seedClient, seedOrder, startOrdersTestNode, type OrdersTestNode } from '../test-support/orders-test-node';

const RECORD = gql`
  mutation ($orgId: String, $orderId: ID!, $actorId: String!, $actorOrgId: String, $leadWorkerOrgId: String, $leadWorkerId: ID) {
    recordOrderLeadWorker(
      orgId: $orgId
      orderId: $orderId
      actorId: $actorId
      actorOrgId: $actorOrgId
      leadWorkerOrgId: $leadWorkerOrgId
      leadWorkerId: $leadWorkerId
    ) {
      id
      leadWorker {
        orgId
        id
      }
    }
  }
`;
const ORDER = gql`
  query ($id: ID!) {
    order(id: $id) {
      leadWorker {
        orgId
        id
      }
    }
  }
`;

const IMPORT = gql`
  mutation ($input: ImportHistoryInput!) {
    importOrderHistory(input: $input) {
      rowCount
    }
  }
`;

type Recorded = { recordOrderLeadWorker: { id: string; leadWorker: OrgScopedRef | null } };

const DIRECTOR_ID = 'f0e1d2c3-0000-4000-8000-00000000d1d1';
const OWN_WORKER: OrgScopedRef = { orgId: 'tateshina', id: '6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e41' };
const PARTNER_WORKER: OrgScopedRef = { orgId: 'shiojiri', id: '6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e42' };

describe("an order's lead worker, as the org's workers node pushes it (recordOrderLeadWorker)", () => {
  const workers = testServiceAccount(WORKERS_CLIENT);
  const training = testServiceAccount(TRAINING_CLIENT);
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_lead_worker');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  /** What the workers node pushes once it checked the worker may be named: as kyodo-workers, for the director. */
  const record = async (
    orderId: string,
    lead: OrgScopedRef | null,
    overrides: Record<string, unknown> = {},
    as: Record<string, string> | null = null,
  ) =>
    postGraphQL<Recorded>(
      node.url,
      RECORD,
      {
        orderId,
        actorId: DIRECTOR_ID,
        actorOrgId: 'tateshina',
        leadWorkerOrgId: lead?.orgId ?? null,
        leadWorkerId: lead?.id ?? null,
        ...overrides,
      },
      as ?? { authorization: `Bearer ${await workers.token()}` },
    );
  const storedLead = async (id: string): Promise<OrgScopedRef | null> => {
    const [row] = (await node.dataSource.query(`SELECT lead_worker_org_id AS "orgId", lead_worker_id AS id FROM orders WHERE id = $1`, [
      id,
    ])) as { orgId: string | null; id: string | null }[];
    return row.orgId && row.id ? { orgId: row.orgId, id: row.id } : null;
  };
  const auditOf = async (id: string) =>
    (await node.dataSource.query(
      `SELECT actor_id AS "actorId", actor_org_id AS "actorOrgId", detail FROM audit_log WHERE entity_id = $1 AND action = 'order.lead-worker' ORDER BY id`,
      [id],
    )) as { actorId: string; actorOrgId: string | null; detail: { from: OrgScopedRef | null; to: OrgScopedRef | null } }[];

  it('stores the lead the service account pushes (own or a partner’s worker), audited as who asked; the order then names it; both null clears it', async () => {
    const orderId = await seedOrder(node, clientId);
    for (const lead of [OWN_WORKER, PARTNER_WORKER]) {
      const res = await record(orderId, lead);
      expect(res.errors).toBeUndefined();
      expect(res.data!.recordOrderLeadWorker).toEqual({ id: orderId, leadWorker: lead });
    }
    expect((await node.call<{ order: { leadWorker: OrgScopedRef | null } }>(ORDER, { id: orderId })).data!.order.leadWorker).toEqual(
      PARTNER_WORKER,
    );
    const cleared = await record(orderId, null);
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.recordOrderLeadWorker.leadWorker).toBeNull();
    expect(await storedLead(orderId)).toBeNull();
    expect(await auditOf(orderId)).toEqual([
      { actorId: DIRECTOR_ID, actorOrgId: 'tateshina', detail: { from: null, to: OWN_WORKER } },
      { actorId: DIRECTOR_ID, actorOrgId: 'tateshina', detail: { from: OWN_WORKER, to: PARTNER_WORKER } },
      { actorId: DIRECTOR_ID, actorOrgId: 'tateshina', detail: { from: PARTNER_WORKER, to: null } },
    ]);
  });

  it('takes a lead from the kyodo-workers service account only, for an order of this node’s org; refused, nothing is written', async () => {
    const orderId = await seedOrder(node, clientId);
    const cases: [string, Promise<{ errors?: { extensions?: { code?: unknown } }[] }>, string][] = [
      // The director's own token: whether a worker may be named is the workers node's to decide.
      ['director token', record(orderId, OWN_WORKER, {}, node.caller), 'FORBIDDEN'],
      ['another service account', record(orderId, OWN_WORKER, {}, { authorization: `Bearer ${await training.token()}` }), 'FORBIDDEN'],
      ['no token', record(orderId, OWN_WORKER, {}, {}), 'UNAUTHENTICATED'],
      ['another org', record(orderId, OWN_WORKER, { orgId: 'shiojiri' }), 'WRONG_NODE'],
      ['unknown order', record('00000000-0000-4000-8000-000000000000', OWN_WORKER), 'ORDER_NOT_FOUND'],
      ['org without id', record(orderId, OWN_WORKER, { leadWorkerId: null }), 'LEAD_WORKER_INCOMPLETE'],
      ['id without org', record(orderId, OWN_WORKER, { leadWorkerOrgId: null }), 'LEAD_WORKER_INCOMPLETE'],
      ['malformed worker id', record(orderId, OWN_WORKER, { leadWorkerId: 'not-a-uuid' }), 'BAD_USER_INPUT'],
      ['malformed worker org', record(orderId, OWN_WORKER, { leadWorkerOrgId: 'Not An Org' }), 'BAD_USER_INPUT'],
    ];
    for (const [label, attempt, code] of cases) {
      const res = await attempt;
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(await storedLead(orderId)).toBeNull();
    expect(await auditOf(orderId)).toEqual([]);
  });

  it('never changes an imported order (IMPORTED_RECORD_IMMUTABLE), writing nothing', async () => {
    const csv = [
      '受注番号,発注者,発注者区分,件名,業務分類,定型,受注金額,検収日',
      'R5-101,立科町 総務課,公共,議事録作成,WRITING,はい,50000,2023/4/1',
    ];
    const imported = await node.call(
      IMPORT,
      { input: { kind: 'ORDERS', csvBase64: Buffer.from(csv.join('\r\n')).toString('base64'), fileName: 'R5受注実績.csv', dryRun: false } },
      'tateshina-admin',
    );
    expect(imported.errors).toBeUndefined();
    const [{ id }] = (await node.dataSource.query(`SELECT id FROM orders WHERE import_reference = 'R5-101'`)) as { id: string }[];
    const res = await record(id, OWN_WORKER);
    expect(res.errors?.[0].extensions?.code).toBe('IMPORTED_RECORD_IMMUTABLE');
    expect(await storedLead(id)).toBeNull();
    expect(await auditOf(id)).toEqual([]);
  });

  it('queues parallel pushes on the order’s lock: each audit entry starts from the lead the previous one left', async () => {
    const orderId = await seedOrder(node, clientId);
    const leads = Array.from({ length: 5 }, (_, i) => ({ orgId: 'tateshina', id: `6f1c1c52-5f7e-4d3b-9d56-1f0b1c2d3e5${i}` }));
    const results = await Promise.all(leads.map((lead) => record(orderId, lead)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const entries = await auditOf(orderId);
    expect(entries).toHaveLength(5);
    expect(entries[0].detail.from).toBeNull();
    for (let i = 1; i < entries.length; i++) expect(entries[i].detail.from).toEqual(entries[i - 1].detail.to);
    expect(await storedLead(orderId)).toEqual(entries[4].detail.to);
  });
});
