import { randomBytes, randomUUID } from 'node:crypto';
import { WORKERS_CLIENT } from '@kyodo/auth';
import { SkillStage } from '@kyodo/domain';
import { DomainError, type OnBehalfOf } from '@kyodo/subgraph';
import { gql, startTestNode, TestNode, testServiceAccount } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import type { CountedFeasibility, FeasibilityUpstream, OrderWorkPeriod, StageFreeMinutes } from './feasibility-upstream';
import { ownCapacityCovers } from './feasibility.service';

const CHECK = gql`
  mutation ($orgId: String, $orderId: ID!) {
    checkFeasibility(orgId: $orgId, orderId: $orderId) {
      orgId
      id
    }
  }
`;
const REGISTER = gql`
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

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** The orders node and the other members' workers nodes, as the check asks them; every question remembered with its token. */
class RecordingFeasibilityUpstream implements FeasibilityUpstream {
  periodAnswer: OrderWorkPeriod = { from: '2099-06-01', to: '2099-06-30', requiredStage: SkillStage.B, requiredMinutes: 60 };
  periodFailure: Error | null = null;
  members: { orgId: string; byStage: StageFreeMinutes[] }[] = [];
  consortiumFailure: Error | null = null;
  readonly asked: { what: string; token: string }[] = [];
  readonly recorded: { token: string; counted: CountedFeasibility; id: string }[] = [];

  reset(): void {
    this.periodFailure = null;
    this.consortiumFailure = null;
    this.members = [];
    this.asked.length = 0;
    this.recorded.length = 0;
  }

  async period(caller: OnBehalfOf, orgId: string, orderId: string): Promise<OrderWorkPeriod> {
    this.asked.push({ what: `period ${orgId} ${orderId}`, token: caller.token });
    if (this.periodFailure) throw this.periodFailure;
    return this.periodAnswer;
  }

  async consortiumCapacity(caller: OnBehalfOf, from: string, to: string) {
    this.asked.push({ what: `consortium ${from}..${to}`, token: caller.token });
    if (this.consortiumFailure) throw this.consortiumFailure;
    return this.members;
  }

  async record(service: OnBehalfOf, counted: CountedFeasibility): Promise<{ orgId: string; id: string }> {
    const id = randomUUID();
    this.recorded.push({ token: service.token, counted, id });
    return { orgId: counted.orgId, id };
  }
}

describe('checkFeasibility (受託確認) at the workers node: own capacity counted here, pushed to the orders node as kyodo-workers', () => {
  const upstream = new RecordingFeasibilityUpstream();
  let node: TestNode;
  const orderId = randomUUID();

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_feasibility',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          feasibility: upstream,
          // The kyodo-workers client's demo secret (infra/keycloak, DEMO ONLY), client credentials at the test issuer.
          serviceAccount: testServiceAccount(WORKERS_CLIENT),
        }),
    });
    // One worker at stage C, one hour on weekdays; one at stage A, two hours on weekdays.
    for (const [stage, minutes] of [
      ['C', 60],
      ['A', 120],
    ] as const) {
      const res = await node.call<{ registerWorker: { id: string } }>(
        REGISTER,
        {
          input: {
            familyName: '北原',
            givenName: '葵',
            familyNameKana: 'キタハラ',
            givenNameKana: 'アオイ',
            itStage: stage,
            businessStage: stage,
            stageReason: '入所時の評価',
            weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes })),
            monthlyHourCap: 160,
          },
        },
        'tateshina-admin',
      );
      expect(res.errors).toBeUndefined();
      expect((await node.call(ACTIVATE, { id: res.data!.registerWorker.id })).errors).toBeUndefined();
    }
  });

  afterAll(async () => {
    await node?.close();
  });

  beforeEach(() => upstream.reset());

  const directorToken = () => node.caller.authorization.replace(/^Bearer /, '');
  const ownCapacity = async (from: string, to: string) =>
    (await node.call<{ capacity: { byStage: StageFreeMinutes[] } }>(CAPACITY, { from, to })).data!.capacity.byStage;

  it('asks the period as the director, counts its own capacity, and pushes it as its service account for the director (no partners when covered)', async () => {
    const res = await node.call<{ checkFeasibility: { orgId: string; id: string } }>(CHECK, { orderId });
    expect(res.errors).toBeUndefined();
    expect(upstream.asked).toEqual([{ what: `period tateshina ${orderId}`, token: directorToken() }]);
    expect(upstream.recorded).toHaveLength(1);
    const [pushed] = upstream.recorded;
    expect(res.data!.checkFeasibility).toEqual({ orgId: 'tateshina', id: pushed.id });
    const own = await ownCapacity('2099-06-01', '2099-06-30');
    // 22 weekdays in June 2099: the stage-C worker's hour a day, the stage-A worker's two.
    expect(own.find((s) => s.stage === 'C')!.freeMinutes).toBe(22 * 60);
    expect(pushed.counted).toEqual({
      orgId: 'tateshina',
      orderId,
      actorId: claimsOf(directorToken()).sub,
      actorOrgId: 'tateshina',
      periodFrom: '2099-06-01',
      periodTo: '2099-06-30',
      own: own.map(({ stage, freeMinutes }) => ({ stage, freeMinutes })),
      partners: [],
    });
    // Never the director's token: the node's own service account, which alone may record a check.
    expect(pushed.token).not.toBe(directorToken());
    expect(claimsOf(pushed.token)).toMatchObject({ azp: WORKERS_CLIENT, preferred_username: `service-account-${WORKERS_CLIENT}` });
  });

  it("asks the other members' consortium capacity as the director when its own falls short, and pushes theirs without its own entry", async () => {
    upstream.periodAnswer = { from: '2099-06-01', to: '2099-06-30', requiredStage: SkillStage.B, requiredMinutes: 22 * 60 + 1 };
    upstream.members = [
      { orgId: 'tateshina', byStage: [{ stage: SkillStage.C, freeMinutes: 22 * 60 }] },
      {
        orgId: 'shiojiri',
        byStage: [
          { stage: SkillStage.A, freeMinutes: 0 },
          { stage: SkillStage.B, freeMinutes: 500 },
        ],
      },
    ];
    expect((await node.call(CHECK, { orderId })).errors).toBeUndefined();
    expect(upstream.asked).toEqual([
      { what: `period tateshina ${orderId}`, token: directorToken() },
      { what: 'consortium 2099-06-01..2099-06-30', token: directorToken() },
    ]);
    expect(upstream.recorded[0].counted.partners).toEqual([{ stage: 'B', freeMinutes: 500 }]);
  });

  it('still pushes its own figures, with no partners, when the consortium cannot be asked', async () => {
    upstream.periodAnswer = { from: '2099-06-01', to: '2099-06-30', requiredStage: SkillStage.C, requiredMinutes: 10_000 };
    upstream.consortiumFailure = new DomainError('UPSTREAM_FAILED', 'the gateway did not answer');
    expect((await node.call(CHECK, { orderId })).errors).toBeUndefined();
    expect(upstream.recorded.map((r) => r.counted.partners)).toEqual([[]]);
  });

  it('refuses with a code and pushes nothing: other role or org, malformed id, the orders node refusing the period', async () => {
    const cases: [string, Record<string, unknown>, string, string | undefined][] = [
      ['worker', { orderId }, 'FORBIDDEN', 'tateshina-worker'],
      ['another org', { orderId }, 'FORBIDDEN', 'shiojiri-director'],
      ['another org named', { orderId, orgId: 'shiojiri' }, 'WRONG_NODE', undefined],
      ['malformed id', { orderId: 'order-1' }, 'BAD_USER_INPUT', undefined],
    ];
    for (const [label, variables, code, as] of cases) {
      const res = await node.call(CHECK, variables, as);
      expect([label, res.errors?.[0].extensions?.code]).toEqual([label, code]);
    }
    expect(upstream.asked).toEqual([]);
    // The orders node's own refusal keeps its code (the console explains it); anything else stays UPSTREAM_FAILED.
    upstream.periodFailure = new DomainError('UPSTREAM_FAILED', 'Another subgraph refused: past its check.', {
      upstreamCode: 'FEASIBILITY_NOT_APPLICABLE',
    });
    expect((await node.call(CHECK, { orderId })).errors?.[0].extensions?.code).toBe('FEASIBILITY_NOT_APPLICABLE');
    upstream.periodFailure = new DomainError('UPSTREAM_FAILED', 'The gateway did not answer.', { upstreamCode: null });
    expect((await node.call(CHECK, { orderId })).errors?.[0].extensions?.code).toBe('UPSTREAM_FAILED');
    expect(upstream.recorded).toEqual([]);
  });

  it('counts the minutes of the required stage and the ones above it as covering the order', () => {
    const own = [
      { stage: SkillStage.A, freeMinutes: 1_000 },
      { stage: SkillStage.B, freeMinutes: 30 },
      { stage: SkillStage.C, freeMinutes: 30 },
    ];
    expect(ownCapacityCovers({ requiredStage: SkillStage.B, requiredMinutes: 60 }, own)).toBe(true);
    expect(ownCapacityCovers({ requiredStage: SkillStage.B, requiredMinutes: 61 }, own)).toBe(false);
    expect(ownCapacityCovers({ requiredStage: SkillStage.C, requiredMinutes: 31 }, own)).toBe(false);
    expect(ownCapacityCovers({ requiredStage: SkillStage.A, requiredMinutes: 1_060 }, own)).toBe(true);
  });
});
