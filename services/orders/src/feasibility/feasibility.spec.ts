import { TRAINING_CLIENT, WORKERS_CLIENT } from '@kyodo/auth';
import { tokyoToday } from '@kyodo/domain';
import { gql, postGraphQL, testServiceAccount } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';

const PERIOD = gql`
  query ($orderId: ID!) {
    feasibilityPeriod(orderId: $orderId) {
      orderId
      from
      to
      requiredStage
      requiredMinutes
    }
  }
`;
const RECORD = gql`
  mutation (
    $orgId: String
    $orderId: ID!
    $actorId: String!
    $actorOrgId: String
    $periodFrom: String!
    $periodTo: String!
    $own: [StageCapacityInput!]!
    $partners: [StageCapacityInput!]!
  ) {
    recordFeasibilityCheck(
      orgId: $orgId
      orderId: $orderId
      actorId: $actorId
      actorOrgId: $actorOrgId
      periodFrom: $periodFrom
      periodTo: $periodTo
      own: $own
      partners: $partners
    ) {
      id
      orgId
      orderId
      verdict
      periodFrom
      periodTo
      requiredStage
      requiredMinutes
      shortMinutes
      checkedBy
      stages {
        stage
        requiredMinutes
        freeMinutes
        shortMinutes
      }
    }
  }
`;
const ORDER = gql`
  query ($id: ID!) {
    order(id: $id) {
      status
      feasibility {
        id
        verdict
        shortMinutes
      }
    }
  }
`;
const CHECK_REFERENCE = gql`
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on FeasibilityCheck {
        id
        verdict
      }
    }
  }
`;
const CREATE_CONTRACT = gql`
  mutation ($input: CreateContractInput!) {
    createContract(input: $input) {
      id
    }
  }
`;

interface Recorded {
  recordFeasibilityCheck: {
    id: string;
    verdict: string;
    periodFrom: string;
    periodTo: string;
    requiredMinutes: number;
    shortMinutes: number;
    checkedBy: string;
    stages: { stage: string; requiredMinutes: number; freeMinutes: number; shortMinutes: number }[];
  };
}
interface Period {
  feasibilityPeriod: { orderId: string; from: string; to: string; requiredStage: string; requiredMinutes: number };
}

type Minutes = Partial<Record<'A' | 'B' | 'C', number>>;
const byStage = (minutes: Minutes) => Object.entries(minutes).map(([stage, freeMinutes]) => ({ stage, freeMinutes }));

describe("feasibility check (受託確認) at the orders node: the period it answers, the figures the workers node's service account pushes", () => {
  const workers = testServiceAccount(WORKERS_CLIENT);
  const training = testServiceAccount(TRAINING_CLIENT);
  const DIRECTOR_ID = 'f0e1d2c3-0000-4000-8000-00000000d1d1';
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    // Tateshina is operated by shiojiri here: its staff in operators-of-tateshina may run 受託確認 for it.
    node = await startOrdersTestNode('orders_feasibility', { operatedBy: { tateshina: 'shiojiri' } });
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  const periodOf = async (orderId: string) => (await node.call<Period>(PERIOD, { orderId })).data!.feasibilityPeriod;
  /** What the workers node pushes once it counted: the period the orders node answered, for the director. */
  const record = async (
    orderId: string,
    own: Minutes,
    partners: Minutes = {},
    overrides: Record<string, unknown> = {},
    as: Record<string, string> | null = null,
  ) => {
    const period = await periodOf(orderId).catch(() => ({ from: '2099-01-01', to: '2099-01-31' }));
    return postGraphQL<Recorded>(
      node.url,
      RECORD,
      {
        orderId,
        actorId: DIRECTOR_ID,
        actorOrgId: 'tateshina',
        periodFrom: period.from,
        periodTo: period.to,
        own: byStage(own),
        partners: byStage(partners),
        ...overrides,
      },
      as ?? { authorization: `Bearer ${await workers.token()}` },
    );
  };
  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;
  const checksOf = async (id: string): Promise<number> =>
    ((await node.dataSource.query(`SELECT count(*)::int AS n FROM feasibility_checks WHERE order_id = $1`, [id])) as { n: number }[])[0].n;
  const auditOf = async (id: string): Promise<string[]> =>
    (
      (await node.dataSource.query(
        `SELECT action, actor_id AS "actorId", detail->>'to' AS "to" FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [id],
      )) as { action: string; actorId: string; to: string | null }[]
    ).map((r) => `${r.actorId} ${r.to ? `${r.action}:${r.to}` : r.action}`);

  it("answers an order's period and required work to its staff, and refuses it like the check itself", async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    expect(await periodOf(orderId)).toEqual({
      orderId,
      from: tokyoToday(),
      to: expect.any(String),
      requiredStage: 'B',
      requiredMinutes: 2_400,
    });

    const started = await seedOrder(node, clientId, { deadline: '2099-01-31' });
    await walkOrder(node, started, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS']);
    const late = await seedOrder(node, clientId, { deadline: '2099-01-31' });
    await node.dataSource.query(`UPDATE orders SET deadline = '2020-03-31' WHERE id = $1`, [late]);
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['in progress', { orderId: started }, 'FEASIBILITY_NOT_APPLICABLE', undefined],
      ['deadline passed', { orderId: late }, 'ORDER_PERIOD_OVER', undefined],
      ['unknown order', { orderId: '00000000-0000-4000-8000-000000000000' }, 'ORDER_NOT_FOUND', undefined],
      ['malformed id', { orderId: 'order-1' }, 'BAD_USER_INPUT', undefined],
      ['worker', { orderId }, 'FORBIDDEN', 'tateshina-worker'],
      ['another org', { orderId }, 'FORBIDDEN', 'itoigawa-director'],
      ['the operator, staff not acting for it', { orderId }, 'FORBIDDEN', 'shiojiri-admin'],
    ];
    for (const [label, variables, code, as] of cases) {
      const res = await node.call(PERIOD, variables, as);
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
  });

  it('records FEASIBLE when workers at or above the stage are free, for the director who asked, and takes the INQUIRY step', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    const res = await record(orderId, { A: 50_000, B: 1_400, C: 1_000 });
    expect(res.errors).toBeUndefined();
    const check = res.data!.recordFeasibilityCheck;
    expect(check).toMatchObject({
      verdict: 'FEASIBLE',
      requiredMinutes: 2_400,
      shortMinutes: 0,
      periodFrom: tokyoToday(),
      checkedBy: DIRECTOR_ID,
    });
    expect(check.stages).toEqual([
      { stage: 'A', requiredMinutes: 0, freeMinutes: 50_000, shortMinutes: 0 },
      { stage: 'B', requiredMinutes: 2_400, freeMinutes: 1_400, shortMinutes: 0 },
      { stage: 'C', requiredMinutes: 0, freeMinutes: 1_000, shortMinutes: 0 },
    ]);
    expect(await statusOf(orderId)).toBe('FEASIBILITY_CHECKED');
    expect(await auditOf(orderId)).toEqual([
      `${DIRECTOR_ID} order.feasibility-check`,
      `${DIRECTOR_ID} order.transition:FEASIBILITY_CHECKED`,
    ]);
    const order = await node.call<{ order: { feasibility: { id: string; verdict: string } } }>(ORDER, { id: orderId });
    expect(order.data!.order.feasibility).toMatchObject({ id: check.id, verdict: 'FEASIBLE' });
  });

  it('records SHORT with the shortfall by stage and leaves the status to the director', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    const res = await record(orderId, { A: 100_000, B: 300, C: 300 });
    expect(res.data!.recordFeasibilityCheck).toMatchObject({ verdict: 'SHORT', shortMinutes: 1_800 });
    expect(res.data!.recordFeasibilityCheck.stages.find((s) => s.stage === 'B')).toEqual({
      stage: 'B',
      requiredMinutes: 2_400,
      freeMinutes: 300,
      shortMinutes: 1_800,
    });
    expect(await statusOf(orderId)).toBe('INQUIRY');
    expect(await auditOf(orderId)).toEqual([`${DIRECTOR_ID} order.feasibility-check`]);
    // The director may still take the step by hand (e.g. recruiting for it).
    await walkOrder(node, orderId, ['FEASIBILITY_CHECKED']);
  });

  it("records FEASIBLE_WITH_CONSORTIUM when the partners' capacity pushed with it covers the own shortfall", async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    const res = await record(orderId, { B: 600 }, { B: 1_000, C: 800 });
    expect(res.data!.recordFeasibilityCheck).toMatchObject({ verdict: 'FEASIBLE_WITH_CONSORTIUM', shortMinutes: 1_800 });
    expect(await statusOf(orderId)).toBe('FEASIBILITY_CHECKED');

    const short = await seedOrder(node, clientId, { estimatedHours: 40, requiredStage: 'B', deadline: '2099-01-31' });
    expect((await record(short, { B: 600 }, { B: 1_000, A: 50_000 })).data!.recordFeasibilityCheck.verdict).toBe('SHORT');
  });

  it('records a re-check later without moving the order, and shows the latest check', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 10, deadline: '2099-01-31' });
    await record(orderId, { C: 600 });
    await walkOrder(node, orderId, ['CONTRACTED']);
    const again = await record(orderId, { C: 0 });
    expect(again.data!.recordFeasibilityCheck.verdict).toBe('SHORT');
    expect(await statusOf(orderId)).toBe('CONTRACTED');
    const order = await node.call<{ order: { feasibility: { id: string } } }>(ORDER, { id: orderId });
    expect(order.data!.order.feasibility.id).toBe(again.data!.recordFeasibilityCheck.id);
  });

  it('answers the contract period when the contract starts later or ends earlier, and records over it', async () => {
    const contract = await node.call<{ createContract: { id: string } }>(CREATE_CONTRACT, {
      input: { clientId, type: 'JUNIN', startsOn: '2098-04-01', endsOn: '2098-09-30' },
    });
    const orderId = await seedOrder(node, clientId, { contractId: contract.data!.createContract.id, deadline: '2099-03-31' });
    expect(await periodOf(orderId)).toMatchObject({ from: '2098-04-01', to: '2098-09-30' });
    const res = await record(orderId, { C: 100_000 });
    expect(res.data!.recordFeasibilityCheck).toMatchObject({ periodFrom: '2098-04-01', periodTo: '2098-09-30' });
  });

  it('takes the figures from the kyodo-workers service account only, for this node’s org, over the current period; refused, nothing is written', async () => {
    const fresh = await seedOrder(node, clientId, { deadline: '2099-01-31' });
    const director = node.caller;
    const cases: [string, Promise<{ errors?: { extensions?: { code?: unknown } }[] }>, string][] = [
      // The director's own token: a user never hands in capacity figures.
      ['director token', record(fresh, { C: 100_000 }, {}, {}, director), 'FORBIDDEN'],
      [
        'another service account',
        record(fresh, { C: 100_000 }, {}, {}, { authorization: `Bearer ${await training.token()}` }),
        'FORBIDDEN',
      ],
      ['no token', record(fresh, { C: 100_000 }, {}, {}, {}), 'UNAUTHENTICATED'],
      ['another org', record(fresh, { C: 100_000 }, {}, { orgId: 'shiojiri' }), 'WRONG_NODE'],
      ['stale period', record(fresh, { C: 100_000 }, {}, { periodTo: '2098-12-31' }), 'FEASIBILITY_PERIOD_CHANGED'],
      ['negative minutes', record(fresh, { C: -1 }), 'BAD_USER_INPUT'],
      ['bad stage', record(fresh, {}, {}, { own: [{ stage: 'D', freeMinutes: 1 }] }), 'BAD_USER_INPUT'],
      ['malformed actor org', record(fresh, { C: 100_000 }, {}, { actorOrgId: 'Not An Org' }), 'BAD_USER_INPUT'],
      ['unknown order', record('00000000-0000-4000-8000-000000000000', { C: 100_000 }), 'ORDER_NOT_FOUND'],
    ];
    for (const [label, attempt, code] of cases) {
      const res = await attempt;
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(await checksOf(fresh)).toBe(0);
    expect(await statusOf(fresh)).toBe('INQUIRY');
    expect(await auditOf(fresh)).toEqual([]);
  });

  it("lets the gateway fetch a recorded check by its key for the org's staff and the operator's staff acting for it, and nobody else", async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 1, deadline: '2099-01-31' });
    const { id } = (await record(orderId, { C: 600 })).data!.recordFeasibilityCheck;
    const representations = [{ __typename: 'FeasibilityCheck', orgId: 'tateshina', id }];
    const as = async (user: string) =>
      (await node.call<{ _entities: ({ id: string; verdict: string } | null)[] }>(CHECK_REFERENCE, { representations }, user)).data!
        ._entities;
    expect(await as('tateshina-director')).toEqual([{ id, verdict: 'FEASIBLE' }]);
    expect(await as('tateshina-worker')).toEqual([null]);
    expect(await as('shiojiri-director')).toEqual([{ id, verdict: 'FEASIBLE' }]);
    expect(await as('shiojiri-admin')).toEqual([null]);
    expect(await as('itoigawa-director')).toEqual([null]);
  });

  it('records each of 5 parallel pushes but takes the INQUIRY step once', async () => {
    const orderId = await seedOrder(node, clientId, { estimatedHours: 1, deadline: '2099-01-31' });
    const results = await Promise.all(Array.from({ length: 5 }, () => record(orderId, { C: 600 })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await checksOf(orderId)).toBe(5);
    expect((await auditOf(orderId)).filter((a) => a.includes('order.transition'))).toEqual([
      `${DIRECTOR_ID} order.transition:FEASIBILITY_CHECKED`,
    ]);
  });
});
