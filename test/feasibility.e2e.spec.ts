import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { tokyoToday } from '@kyodo/domain';
import { bearer, gql, postGraphQL } from '@kyodo/testing';
import { daysAfter } from './support/dates';

/**
 * 受託確認 end to end: the workers node serves checkFeasibility; it asks the orders node the order's
 * period through the gateway with the director's own token, counts its real workers' availability
 * and pushes the figures to the orders node as its kyodo-workers service account, which records
 * FEASIBLE or SHORT. The orders node asks no other node.
 */

const REGISTER_WORKER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const ACTIVATE = gql`
  mutation ($id: ID!) {
    setWorkerStatus(id: $id, status: ACTIVE) {
      status
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
const CHECK = gql`
  mutation ($orderId: ID!) {
    checkFeasibility(orderId: $orderId) {
      verdict
      periodFrom
      periodTo
      requiredMinutes
      shortMinutes
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
        verdict
      }
    }
  }
`;
const CAPACITY = gql`
  query ($from: String!, $to: String!) {
    capacity(from: $from, to: $to) {
      byStage {
        stage
        freeMinutes
      }
    }
  }
`;

interface Check {
  verdict: string;
  periodFrom: string;
  periodTo: string;
  requiredMinutes: number;
  shortMinutes: number;
  stages: { stage: string; requiredMinutes: number; freeMinutes: number; shortMinutes: number }[];
}

describe('feasibility check through the gateway against the workers capacity', () => {
  let consortium: RunningConsortium;
  let gw: string;
  let director: Record<string, string>;
  let clientId: string;
  const deadline = daysAfter(tokyoToday(), 27);

  async function call<T>(document: string, variables: Record<string, unknown>, as = director): Promise<T> {
    const res = await postGraphQL<T>(gw, document, variables, as);
    if (res.errors || !res.data) throw new Error(JSON.stringify(res.errors));
    return res.data;
  }

  const order = async (requiredStage: string, estimatedHours: number): Promise<string> =>
    (
      await call<{ createOrder: { id: string } }>(CREATE_ORDER, {
        input: {
          clientId,
          title: `受託確認 ${requiredStage}`,
          category: 'DATA_ENTRY',
          valueYen: 100_000,
          estimatedHours,
          deadline,
          requiredStage,
        },
      })
    ).createOrder.id;

  beforeAll(async () => {
    consortium = await launchTestConsortium('feasibility', ['tateshina']);
    gw = consortium.gatewayUrl;
    director = await bearer('tateshina-director');
    const admin = await bearer('tateshina-admin');
    // Two active workers: one at stage B on both axes, one at B (IT) but A (business), so counted at A.
    for (const [givenName, businessStage] of [
      ['一郎', 'B'],
      ['二郎', 'A'],
    ] as const) {
      const worker = await call<{ registerWorker: { id: string } }>(
        REGISTER_WORKER,
        {
          input: {
            familyName: '蓼科',
            givenName,
            familyNameKana: 'タテシナ',
            givenNameKana: givenName === '一郎' ? 'イチロウ' : 'ジロウ',
            itStage: 'B',
            stageReason: '入所時の評価（前職の実務経験）',
            businessStage,
            monthlyHourCap: 160,
            weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 240 })),
          },
        },
        admin,
      );
      await call(ACTIVATE, { id: worker.registerWorker.id });
    }
    clientId = (await call<{ createClient: { id: string } }>(CREATE_CLIENT, { input: { name: '立科町 企画課', sector: 'PUBLIC' } }))
      .createClient.id;
  }, 240_000);

  afterAll(async () => {
    await consortium?.stop();
  });

  it('answers FEASIBLE from the free minutes the workers subgraph reports, and takes the INQUIRY step', async () => {
    const id = await order('B', 10);
    const { checkFeasibility: check } = await call<{ checkFeasibility: Check }>(CHECK, { orderId: id });
    expect(check).toMatchObject({
      verdict: 'FEASIBLE',
      periodFrom: tokyoToday(),
      periodTo: deadline,
      requiredMinutes: 600,
      shortMinutes: 0,
    });

    // The same numbers the workers subgraph gives the director for that period.
    const { capacity } = await call<{ capacity: { byStage: { stage: string; freeMinutes: number }[] } }>(CAPACITY, {
      from: check.periodFrom,
      to: check.periodTo,
    });
    expect(check.stages.map((s) => [s.stage, s.freeMinutes])).toEqual(capacity.byStage.map((s) => [s.stage, s.freeMinutes]));
    expect(capacity.byStage.find((s) => s.stage === 'B')!.freeMinutes).toBeGreaterThanOrEqual(600);

    const after = await call<{ order: { status: string; feasibility: { verdict: string } } }>(ORDER, { id });
    expect(after.order).toEqual({ status: 'FEASIBILITY_CHECKED', feasibility: { verdict: 'FEASIBLE' } });
  });

  it('answers SHORT with the shortfall at the stage nobody reaches, and leaves the order an INQUIRY', async () => {
    const id = await order('C', 10);
    const { checkFeasibility: check } = await call<{ checkFeasibility: Check }>(CHECK, { orderId: id });
    expect(check).toMatchObject({ verdict: 'SHORT', shortMinutes: 600 });
    expect(check.stages.find((s) => s.stage === 'C')).toEqual({ stage: 'C', requiredMinutes: 600, freeMinutes: 0, shortMinutes: 600 });
    expect((await call<{ order: { status: string } }>(ORDER, { id })).order.status).toBe('INQUIRY');
  });

  it('counts more advanced workers for lower-stage work, and reports what even they cannot cover', async () => {
    const { checkFeasibility: probe } = await call<{ checkFeasibility: Check }>(CHECK, { orderId: await order('A', 1) });
    const free = probe.stages.reduce((sum, s) => sum + s.freeMinutes, 0);
    expect(probe.stages.find((s) => s.stage === 'A')!.freeMinutes).toBeGreaterThan(0);
    // More hours than both workers have: short by exactly the difference, charged to stage A.
    const hours = Math.ceil(free / 60) + 5;
    const { checkFeasibility: check } = await call<{ checkFeasibility: Check }>(CHECK, { orderId: await order('A', hours) });
    expect(check).toMatchObject({ verdict: 'SHORT', shortMinutes: hours * 60 - free });
    expect(check.stages.find((s) => s.stage === 'A')!.shortMinutes).toBe(hours * 60 - free);
  });

  it("refuses another org's director at the gateway and writes nothing", async () => {
    const id = await order('A', 1);
    const res = await postGraphQL(
      gw,
      gql`
        mutation ($orgId: String, $orderId: ID!) {
          checkFeasibility(orgId: $orgId, orderId: $orderId) {
            verdict
          }
        }
      `,
      { orgId: 'tateshina', orderId: id },
      await bearer('shiojiri-director'),
    );
    expect(res.errors?.[0].extensions?.code).toBe('CROSS_ORG_REFUSED');
    const after = await call<{ order: { status: string; feasibility: unknown } }>(ORDER, { id });
    expect(after.order).toEqual({ status: 'INQUIRY', feasibility: null });
  });
});
