import { randomBytes, randomUUID } from 'node:crypto';
import { gql, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTaskRequirements } from '../assignments/in-memory-task-requirements';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { InMemoryPoolClaims } from './in-memory-pool-claims';
import type { OwnerClaim } from './pool-claim-source';

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
const ASSIGN = gql`
  mutation ($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
    }
  }
`;
const LOG = gql`
  mutation ($input: LogTimeInput!) {
    logTime(input: $input) {
      id
    }
  }
`;
const APPROVE = gql`
  mutation ($id: ID!) {
    approveTimeEntry(id: $id) {
      id
    }
  }
`;
const PROGRESS = gql`
  query ($claimIds: [ID!]!, $from: String, $to: String) {
    claimProgress(orgId: "shiojiri", claimIds: $claimIds, from: $from, to: $to) {
      claimId
      ownerOrgId
      approvedShareMinutes
      bookedMinutes
      approvedMinutes
      workers {
        pseudonym
        stage
        plannedMinutes
        approvedMinutes
      }
    }
  }
`;

const WEEKDAYS_8H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 480 }));

interface Progress {
  claimId: string;
  ownerOrgId: string;
  approvedShareMinutes: number;
  bookedMinutes: number;
  approvedMinutes: number;
  workers: { pseudonym: string; stage: string; plannedMinutes: number; approvedMinutes: number }[];
}

describe("a partner's side of shared work: booking within approved claims, progress under pseudonyms", () => {
  const claims = new InMemoryPoolClaims();
  const trainings = new InMemoryTrainingRecords();
  /** The owner's orders node: it shows the partner a task's requirements within an approved claim. */
  const tasks = new InMemoryTaskRequirements();
  let node: TestNode;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_partner_sharing',
      migrate: migrateWorkers,
      callerUsername: 'shiojiri-director',
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'shiojiri',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: trainings,
          poolClaims: claims,
          taskRequirements: tasks,
        }),
    });
  });

  afterAll(async () => {
    await node?.close();
  });

  async function worker(stage = 'B'): Promise<string> {
    const input = {
      familyName: '塩尻',
      givenName: '花子',
      familyNameKana: 'シオジリ',
      givenNameKana: 'ハナコ',
      itStage: stage,
      businessStage: stage,
      stageReason: '入所時の評価',
      monthlyHourCap: 160,
      weeklyAvailability: WEEKDAYS_8H,
    };
    const res = await node.call<{ registerWorker: { id: string } }>(REGISTER, { input }, 'shiojiri-admin');
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    await node.call(ACTIVATE, { id: res.data.registerWorker.id });
    return res.data.registerWorker.id;
  }

  function claim(overrides: Partial<OwnerClaim> = {}, offer: Partial<OwnerClaim['offer']> = {}): OwnerClaim {
    const approved: OwnerClaim = {
      id: randomUUID(),
      status: 'APPROVED',
      claimantOrgId: 'shiojiri',
      hours: 10,
      offer: {
        taskId: randomUUID(),
        requiredStage: 'B' as OwnerClaim['offer']['requiredStage'],
        requiredTrainings: [],
        deadline: '2099-03-31',
      },
      ...overrides,
    };
    approved.offer = { ...approved.offer, ...offer };
    claims.add('tateshina', approved);
    tasks.add('tateshina', approved.offer.taskId);
    return approved;
  }

  const book = (workerId: string, c: OwnerClaim | null, extra: Record<string, unknown> = {}) =>
    node.call<{ createAssignment: { id: string } }>(ASSIGN, {
      input: {
        workerId,
        taskOrgId: 'tateshina',
        taskId: c?.offer.taskId ?? randomUUID(),
        claimId: c?.id,
        periodFrom: '2099-03-02',
        periodTo: '2099-03-27',
        plannedMinutes: 300,
        hourlyRateYen: 1_100,
        ...extra,
      },
    });
  const codeOf = async (res: ReturnType<typeof book>) => (await res).errors?.[0].extensions?.code;
  const count = async (table: string): Promise<number> =>
    ((await node.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0].n;

  it("books another member's task only within an approved claim of this org on that task, and writes nothing otherwise", async () => {
    const workerId = await worker();
    expect(await codeOf(book(workerId, null))).toBe('CLAIM_REQUIRED');
    expect(await codeOf(book(workerId, null, { claimId: randomUUID() }))).toBe('CLAIM_NOT_FOUND');
    expect(await codeOf(book(workerId, claim({ claimantOrgId: 'itoigawa' })))).toBe('CLAIM_NOT_FOUND');
    expect(await codeOf(book(workerId, claim({ status: 'PENDING' })))).toBe('CLAIM_NOT_APPROVED');
    expect(await codeOf(book(workerId, claim(), { taskId: randomUUID() }))).toBe('CLAIM_TASK_MISMATCH');
    expect(await codeOf(book(workerId, claim({}, { deadline: '2099-03-20' })))).toBe('CLAIM_DEADLINE_PASSED');
    // The offer's stage and trainings apply on top of what the caller asked.
    expect(await codeOf(book(workerId, claim({}, { requiredStage: 'C' as OwnerClaim['offer']['requiredStage'] })))).toBe('STAGE_TOO_LOW');
    expect(await codeOf(book(workerId, claim({}, { requiredTrainings: ['SEC-101'] })))).toBe('TRAINING_MISSING');
    // The owner's task itself requires more than the offer says: its requirements apply too.
    const confidential = claim();
    tasks.add('tateshina', confidential.offer.taskId, { confidential: true });
    expect(await codeOf(book(workerId, confidential))).toBe('NDA_MISSING');
    const stageC = claim();
    tasks.add('tateshina', stageC.offer.taskId, { businessStage: 'C' as never });
    expect(await codeOf(book(workerId, stageC))).toBe('STAGE_TOO_LOW');
    // An approved claim on a task the owner's node does not show this org (gone, or not its to staff).
    const hidden = claim();
    tasks.forget('tateshina', hidden.offer.taskId);
    expect(await codeOf(book(workerId, hidden))).toBe('TASK_NOT_FOUND');
    expect(await count('assignments')).toBe(0);
    expect(await count('claim_shares')).toBe(0);
  });

  it('keeps the bookings on a claim within its approved hours, also when booked in parallel', async () => {
    const shared = claim({ hours: 10 });
    const [a, b, c] = await Promise.all([worker(), worker(), worker()]);
    expect((await book(a, shared, { plannedMinutes: 300 })).errors).toBeUndefined();
    // 300 minutes are left: of two parallel bookings of 300, exactly one fits.
    const results = await Promise.all([book(b, shared, { plannedMinutes: 300 }), book(c, shared, { plannedMinutes: 300 })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['CLAIM_SHARE_EXCEEDED']);
    const [row] = (await node.dataSource.query(`SELECT booked_minutes, approved_minutes FROM claim_shares WHERE claim_id = $1`, [
      shared.id,
    ])) as { booked_minutes: number; approved_minutes: number }[];
    expect(row).toEqual({ booked_minutes: 600, approved_minutes: 600 });
    await expect(node.dataSource.query(`UPDATE claim_shares SET booked_minutes = 601 WHERE claim_id = $1`, [shared.id])).rejects.toThrow(
      /claim_shares_within_approved/,
    );
  });

  it("shows the owner approved minutes per claim with pseudonymous workers, the partner's staff everything, other members nothing", async () => {
    const shared = claim({ hours: 20 });
    const [first, second] = [await worker('C'), await worker('B')];
    // Worked in a past month: hours are logged once worked, never for days after today.
    const past = { periodFrom: '2025-03-02', periodTo: '2025-03-27' };
    const assignments = [
      (await book(first, shared, { plannedMinutes: 600, ...past })).data!.createAssignment.id,
      (await book(second, shared, { plannedMinutes: 300, ...past })).data!.createAssignment.id,
    ];
    for (const [assignmentId, workDate, minutes] of [
      [assignments[0], '2025-03-02', 240],
      [assignments[0], '2025-03-03', 120],
      [assignments[1], '2025-03-02', 60],
    ] as const) {
      const logged = await node.call<{ logTime: { id: string } }>(LOG, {
        input: { assignmentId, workDate, minutes, idempotencyKey: randomUUID() },
      });
      // The last entry stays submitted: only approved minutes count.
      if (minutes !== 60) await node.call(APPROVE, { id: logged.data!.logTime.id });
    }

    const res = await node.call<{ claimProgress: Progress[] }>(PROGRESS, { claimIds: [shared.id] }, 'tateshina-director');
    expect(res.errors).toBeUndefined();
    const [progress] = res.data!.claimProgress;
    expect(progress).toMatchObject({
      claimId: shared.id,
      ownerOrgId: 'tateshina',
      approvedShareMinutes: 1_200,
      bookedMinutes: 900,
      approvedMinutes: 360,
    });
    expect(progress.workers.map((w) => [w.stage, w.plannedMinutes, w.approvedMinutes]).sort()).toEqual([
      ['B', 300, 0],
      ['C', 600, 360],
    ]);
    const body = JSON.stringify(res.data);
    for (const id of [first, second]) expect(body).not.toContain(id);
    expect(body).not.toMatch(/塩尻|花子|シオジリ|ハナコ/);
    // Stable for the claim and worker; a day range narrows the minutes.
    const again = await node.call<{ claimProgress: Progress[] }>(
      PROGRESS,
      { claimIds: [shared.id], from: '2025-03-03', to: '2025-03-31' },
      'tateshina-admin',
    );
    expect(again.data!.claimProgress[0].approvedMinutes).toBe(120);
    expect(again.data!.claimProgress[0].workers.map((w) => w.pseudonym).sort()).toEqual(progress.workers.map((w) => w.pseudonym).sort());

    expect((await node.call<{ claimProgress: Progress[] }>(PROGRESS, { claimIds: [shared.id] })).data!.claimProgress).toHaveLength(1);
    expect(
      (await node.call<{ claimProgress: Progress[] }>(PROGRESS, { claimIds: [shared.id] }, 'itoigawa-director')).data!.claimProgress,
    ).toEqual([]);
    expect((await node.call(PROGRESS, { claimIds: [shared.id] }, 'tateshina-worker')).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The owner's PoolClaim.progress names the claim here; the gateway fetches it as an entity, under the same rule.
    const ENTITIES = gql`
      query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on ClaimProgress {
            orgId
            id
            approvedMinutes
            workers {
              stage
            }
          }
        }
      }
    `;
    const entity = async (as: string | undefined, orgId = 'shiojiri', id = shared.id) =>
      (await node.call<{ _entities: unknown[] }>(ENTITIES, { representations: [{ __typename: 'ClaimProgress', orgId, id }] }, as)).data
        ?._entities[0];
    expect(await entity('tateshina-director')).toEqual({
      orgId: 'shiojiri',
      id: shared.id,
      approvedMinutes: 360,
      workers: expect.arrayContaining([{ stage: 'B' }, { stage: 'C' }]),
    });
    // Another member, the owner's worker, another node's key or an unknown claim: nothing.
    for (const [as, orgId, id] of [
      ['itoigawa-director', 'shiojiri', shared.id],
      ['tateshina-worker', 'shiojiri', shared.id],
      ['tateshina-director', 'tateshina', shared.id],
      ['tateshina-director', 'shiojiri', randomUUID()],
      ['tateshina-director', 'shiojiri', 'not-a-uuid'],
    ] as const)
      expect([as, orgId, id, await entity(as, orgId, id)]).toEqual([as, orgId, id, null]);
  });
});
