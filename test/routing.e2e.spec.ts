import { Client } from 'pg';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, postGraphQL } from '@kyodo/testing';

const REGISTER_WORKER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
      orgId
    }
  }
`;
const CREATE_CLIENT = gql`
  mutation ($input: CreateClientInput!) {
    createClient(input: $input) {
      id
    }
  }
`;
const CREATE_ORDER = gql`
  mutation ($input: CreateOrderInput!) {
    createOrder(input: $input) {
      id
    }
  }
`;
/** The lead is named at the order's org's workers node, which asks shiojiri's about consent and pushes it to the orders node. */
const SET_LEAD = gql`
  mutation ($orderId: ID!, $leadWorkerOrgId: String, $leadWorkerId: ID) {
    setOrderLeadWorker(orderId: $orderId, leadWorkerOrgId: $leadWorkerOrgId, leadWorkerId: $leadWorkerId) {
      id
    }
  }
`;
const ORDERS_WITH_LEAD = gql`
  query ($orgId: String) {
    orders(orgId: $orgId) {
      nodes {
        orgId
        title
        leadWorker {
          orgId
          id
          itStage
          skillTags
        }
      }
    }
  }
`;

type Lead = { orgId: string; id: string; itStage: string; skillTags: string[]; givenName?: string | null };
type OrdersResult = { orders: { nodes: { orgId: string; title: string; leadWorker: Lead | null }[] } | null };

describe('gateway routing across member nodes', () => {
  let consortium: RunningConsortium;
  let workerId: string;
  let gw: string;

  beforeAll(async () => {
    consortium = await launchTestConsortium('routing', ['tateshina', 'shiojiri'], { nodeTimeoutMs: 2000 });
    gw = consortium.gatewayUrl;
    const worker = await postGraphQL<{ registerWorker: { id: string } }>(
      gw,
      REGISTER_WORKER,
      {
        input: {
          familyName: '塩尻',
          givenName: '花子',
          familyNameKana: 'シオジリ',
          givenNameKana: 'ハナコ',
          itStage: 'B',
          stageReason: '入所時の評価（前職の実務経験）',
          businessStage: 'C',
          skillTags: ['data-entry'],
          monthlyHourCap: 60,
          consortiumConsent: true,
        },
      },
      await bearer('shiojiri-admin'),
    );
    expect(worker.errors).toBeUndefined();
    workerId = worker.data!.registerWorker.id;

    // A decoy in tateshina's own workers database with the same id: if the gateway sent the
    // entity fetch to the wrong node, a different stage and skills (or nothing) would come back.
    const decoy = new Client({ connectionString: consortium.node('tateshina', 'workers').databaseUrl });
    await decoy.connect();
    await decoy.query(
      `INSERT INTO workers (id, org_id, status, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, skill_tags, monthly_hour_cap, consortium_consent)
       VALUES ($1, 'tateshina', 'ACTIVE', '偽物', 'デコイ', 'ニセモノ', 'デコイ', 'C', 'C', '{decoy}', 10, false)`,
      [workerId],
    );
    await decoy.end();

    for (const [orgId, titles] of [
      ['tateshina', ['議事録作成', 'データ入力']],
      ['shiojiri', ['アノテーション']],
    ] as const) {
      const director = await bearer(`${orgId}-director`);
      const client = await postGraphQL<{ createClient: { id: string } }>(
        gw,
        CREATE_CLIENT,
        { input: { name: `${orgId} 役場`, sector: 'PUBLIC' } },
        director,
      );
      for (const title of titles) {
        const order = await postGraphQL<{ createOrder: { id: string } }>(
          gw,
          CREATE_ORDER,
          {
            input: {
              clientId: client.data!.createClient.id,
              title,
              category: 'DATA_ENTRY',
              valueYen: 50_000,
              estimatedHours: 20,
              deadline: '2027-01-31',
            },
          },
          director,
        );
        expect(order.errors).toBeUndefined();
        const lead = await postGraphQL(
          gw,
          SET_LEAD,
          { orderId: order.data!.createOrder.id, leadWorkerOrgId: 'shiojiri', leadWorkerId: workerId },
          director,
        );
        expect(lead.errors).toBeUndefined();
      }
    }
  }, 180_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it("lists the caller's org's orders and resolves each lead worker from the partner's node and database", async () => {
    const res = await postGraphQL<OrdersResult>(gw, ORDERS_WITH_LEAD, {}, await bearer('tateshina-director'));
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.orders!.nodes;
    expect(nodes.map((n) => n.title).sort()).toEqual(['データ入力', '議事録作成']);
    for (const order of nodes) {
      expect(order.orgId).toBe('tateshina');
      expect(order.leadWorker).toEqual({ orgId: 'shiojiri', id: workerId, itStage: 'B', skillTags: ['data-entry'] });
    }
  });

  it("never gives a partner the lead worker's personal data: null with FORBIDDEN, while the home org sees it", async () => {
    const partner = await postGraphQL<OrdersResult>(
      gw,
      gql`
        {
          orders {
            nodes {
              leadWorker {
                itStage
                givenName
                familyNameKana
              }
            }
          }
        }
      `,
      {},
      await bearer('tateshina-director'),
    );
    expect(partner.data!.orders!.nodes[0].leadWorker).toEqual({ itStage: 'B', givenName: null, familyNameKana: null });
    expect(partner.errors?.map((e) => e.extensions?.code)).toEqual(expect.arrayContaining(['FORBIDDEN']));
    expect(JSON.stringify(partner)).not.toMatch(/花子|ハナコ/);

    const home = await postGraphQL<{ worker: { givenName: string } }>(
      gw,
      gql`
        query ($id: ID!) {
          worker(id: $id) {
            givenName
          }
        }
      `,
      { id: workerId },
      await bearer('shiojiri-director'),
    );
    expect(home.data!.worker.givenName).toBe('花子');
  });

  it("sends a root operation to the org its orgId names, when that is the caller's own", async () => {
    const res = await postGraphQL<OrdersResult>(gw, ORDERS_WITH_LEAD, { orgId: 'shiojiri' }, await bearer('shiojiri-director'));
    expect(res.data!.orders!.nodes.map((n) => [n.orgId, n.title])).toEqual([['shiojiri', 'アノテーション']]);
  });

  it("refuses a member naming another member's org with CROSS_ORG_REFUSED, and the node refuses it too", async () => {
    const res = await postGraphQL<OrdersResult>(gw, ORDERS_WITH_LEAD, { orgId: 'shiojiri' }, await bearer('tateshina-director'));
    expect(res.data!.orders).toBeNull();
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CROSS_ORG_REFUSED', orgId: 'shiojiri' });

    const direct = await postGraphQL<OrdersResult>(
      consortium.node('shiojiri', 'orders').url,
      gql`
        {
          orders {
            nodes {
              title
            }
          }
        }
      `,
      {},
      await bearer('tateshina-director'),
    );
    expect(direct.data?.orders ?? null).toBeNull();
    expect(direct.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a root operation with no org to go to with ORG_REQUIRED', async () => {
    const res = await postGraphQL<OrdersResult>(gw, ORDERS_WITH_LEAD, {}, await bearer('consortium-admin'));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'ORG_REQUIRED' });
  });

  it("answers with partial data and NODE_UNAVAILABLE naming the org while the partner's node is down, then recovers", async () => {
    const director = await bearer('tateshina-director');
    await consortium.stopNode('shiojiri', 'workers');
    try {
      const res = await postGraphQL<OrdersResult>(gw, ORDERS_WITH_LEAD, {}, director);
      expect(res.status).toBe(200);
      expect(res.data!.orders!.nodes.map((n) => n.title).sort()).toEqual(['データ入力', '議事録作成']);
      expect(res.data!.orders!.nodes.every((n) => n.leadWorker === null)).toBe(true);
      expect(res.errors?.map((e) => e.extensions)).toContainEqual(expect.objectContaining({ code: 'NODE_UNAVAILABLE', orgId: 'shiojiri' }));
    } finally {
      await consortium.restartNode('shiojiri', 'workers');
    }
    const back = await postGraphQL<OrdersResult>(gw, ORDERS_WITH_LEAD, {}, director);
    expect(back.errors).toBeUndefined();
    expect(back.data!.orders!.nodes[0].leadWorker?.itStage).toBe('B');
  });

  it('keeps the fields of nodes that are up when one root field goes to a node that is down', async () => {
    const director = await bearer('tateshina-director');
    await consortium.stopNode('tateshina', 'orders');
    try {
      const res = await postGraphQL<{ orders: unknown; courses: unknown[] | null }>(
        gw,
        gql`
          {
            orders {
              nodes {
                title
              }
            }
            courses {
              code
            }
          }
        `,
        {},
        director,
      );
      expect(res.status).toBe(200);
      expect(res.data!.orders).toBeNull();
      expect(res.data!.courses).toEqual([]);
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].extensions).toMatchObject({ code: 'NODE_UNAVAILABLE', orgId: 'tateshina' });
    } finally {
      await consortium.restartNode('tateshina', 'orders');
    }
  });
});
