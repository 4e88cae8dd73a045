import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { gql, postGraphQL } from '@kyodo/testing';

const REGISTER_WORKER = gql`
  mutation ($orgId: String, $input: RegisterWorkerInput!) { registerWorker(orgId: $orgId, input: $input) { id orgId } }
`;
const CREATE_CLIENT = gql`
  mutation ($orgId: String, $input: CreateClientInput!) { createClient(orgId: $orgId, input: $input) { id } }
`;
const CREATE_ORDER = gql`
  mutation ($orgId: String, $input: CreateOrderInput!) { createOrder(orgId: $orgId, input: $input) { id } }
`;
const ORDERS_WITH_LEAD = gql`
  query ($orgId: String) { orders(orgId: $orgId) { nodes { orgId title leadWorker { orgId id givenName familyName } } } }
`;

type OrdersResult = { orders: { nodes: { orgId: string; title: string; leadWorker: { orgId: string; id: string; givenName: string; familyName: string } | null }[] } | null };

describe('gateway routing across member nodes', () => {
  let consortium: RunningConsortium;
  let workerId: string;

  beforeAll(async () => {
    consortium = await launchTestConsortium('routing', ['tateshina', 'shiojiri'], { nodeTimeoutMs: 2000 });
    const gw = consortium.gatewayUrl;
    const worker = await postGraphQL<{ registerWorker: { id: string } }>(gw, REGISTER_WORKER, {
      orgId: 'shiojiri',
      input: { familyName: '塩尻', givenName: '花子', familyNameKana: 'シオジリ', givenNameKana: 'ハナコ', itStage: 'B', businessStage: 'C', skillTags: ['data-entry'], monthlyHourCap: 60, consortiumConsent: true },
    });
    expect(worker.errors).toBeUndefined();
    workerId = worker.data!.registerWorker.id;

    // A decoy in tateshina's own workers database with the same id: if the gateway sent the
    // entity fetch to the wrong node, this row (or nothing) would come back.
    const decoy = new Client({ connectionString: consortium.node('tateshina', 'workers').databaseUrl });
    await decoy.connect();
    await decoy.query(
      `INSERT INTO workers (id, org_id, status, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, skill_tags, monthly_hour_cap, consortium_consent)
       VALUES ($1, 'tateshina', 'ACTIVE', '偽物', 'デコイ', 'ニセモノ', 'デコイ', 'C', 'C', '{}', 10, false)`,
      [workerId],
    );
    await decoy.end();

    for (const [orgId, titles] of [['tateshina', ['議事録作成', 'データ入力']], ['shiojiri', ['アノテーション']]] as const) {
      const client = await postGraphQL<{ createClient: { id: string } }>(gw, CREATE_CLIENT, { orgId, input: { name: `${orgId} 役場`, sector: 'PUBLIC' } });
      for (const title of titles) {
        const order = await postGraphQL(gw, CREATE_ORDER, {
          orgId,
          input: { clientId: client.data!.createClient.id, title, category: 'DATA_ENTRY', valueYen: 50_000, estimatedHours: 20, deadline: '2027-01-31', leadWorkerOrgId: 'shiojiri', leadWorkerId: workerId },
        });
        expect(order.errors).toBeUndefined();
      }
    }
  }, 180_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it("lists org A's orders and resolves each lead worker from org B's node and database", async () => {
    const res = await postGraphQL<OrdersResult>(consortium.gatewayUrl, ORDERS_WITH_LEAD, { orgId: 'tateshina' });
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.orders!.nodes;
    expect(nodes.map((n) => n.title).sort()).toEqual(['データ入力', '議事録作成']);
    for (const order of nodes) {
      expect(order.orgId).toBe('tateshina');
      expect(order.leadWorker).toEqual({ orgId: 'shiojiri', id: workerId, givenName: '花子', familyName: '塩尻' });
    }
  });

  it('sends a root operation to the org its orgId names', async () => {
    const res = await postGraphQL<OrdersResult>(consortium.gatewayUrl, ORDERS_WITH_LEAD, { orgId: 'shiojiri' });
    expect(res.data!.orders!.nodes.map((n) => [n.orgId, n.title])).toEqual([['shiojiri', 'アノテーション']]);
  });

  it('refuses a root operation that names no org with ORG_REQUIRED', async () => {
    const res = await postGraphQL<OrdersResult>(consortium.gatewayUrl, ORDERS_WITH_LEAD, {});
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'ORG_REQUIRED' });
  });

  it("answers with partial data and NODE_UNAVAILABLE naming the org while org B's node is down, then recovers", async () => {
    await consortium.stopNode('shiojiri', 'workers');
    try {
      const res = await postGraphQL<OrdersResult>(consortium.gatewayUrl, ORDERS_WITH_LEAD, { orgId: 'tateshina' });
      expect(res.status).toBe(200);
      expect(res.data!.orders!.nodes.map((n) => n.title).sort()).toEqual(['データ入力', '議事録作成']);
      expect(res.data!.orders!.nodes.every((n) => n.leadWorker === null)).toBe(true);
      expect(res.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' }));
    } finally {
      await consortium.restartNode('shiojiri', 'workers');
    }
    const back = await postGraphQL<OrdersResult>(consortium.gatewayUrl, ORDERS_WITH_LEAD, { orgId: 'tateshina' });
    expect(back.errors).toBeUndefined();
    expect(back.data!.orders!.nodes[0].leadWorker?.givenName).toBe('花子');
  });

  it('keeps the other org when one root field names a node that is down', async () => {
    await consortium.stopNode('shiojiri', 'orders');
    try {
      const res = await postGraphQL<{ t: { nodes: unknown[] } | null; s: unknown }>(
        consortium.gatewayUrl,
        gql`{ t: orders(orgId: "tateshina") { nodes { title } } s: orders(orgId: "shiojiri") { nodes { title } } }`,
      );
      expect(res.status).toBe(200);
      expect(res.data!.t!.nodes).toHaveLength(2);
      expect(res.data!.s).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' });
    } finally {
      await consortium.restartNode('shiojiri', 'orders');
    }
  });
});
