import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { gql, recordQueries, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';

/** Hours and pay here, not booking rules: the owner's orders node knows every task, as open work. */
const everyTask = new InMemoryTaskRequirements(OPEN_TASK);
import { createWorkersApp, migrateWorkers } from '../workers-node';

const REGISTER = gql`
  mutation ($input: RegisterWorkerInput!) {
    registerWorker(input: $input) {
      id
    }
  }
`;
const SET_STATUS = gql`
  mutation ($id: ID!, $status: WorkerStatus!) {
    setWorkerStatus(id: $id, status: $status) {
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
const CAPACITY = gql`
  query ($orgId: String, $from: String!, $to: String!, $stage: SkillStageV2, $forConsortium: Boolean) {
    capacity(orgId: $orgId, from: $from, to: $to, stage: $stage, forConsortium: $forConsortium) {
      orgId
      from
      to
      totalFreeMinutes
      byStage {
        stage
        workerCount
        availableMinutes
        bookedMinutes
        freeMinutes
      }
    }
  }
`;

type Stage = { stage: string; workerCount: number; availableMinutes: number; bookedMinutes: number; freeMinutes: number };
type Capacity = { capacity: { orgId: string; from: string; to: string; totalFreeMinutes: number; byStage: Stage[] } };

const weekdays = (minutes: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes }));
const row = (stage: string, workerCount = 0, availableMinutes = 0, bookedMinutes = 0, freeMinutes = 0): Stage => ({
  stage,
  workerCount,
  availableMinutes,
  bookedMinutes,
  freeMinutes,
});

/**
 * The fixture, computed by hand over 2025-06-23 (Mon) .. 2025-07-06 (Sun): June holds 6 weekdays
 * of the range (23–27, 30) and one Saturday (28); July holds 4 weekdays (1–4) and one Saturday (5).
 */
describe('capacity against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_capacity',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          // tateshina is municipality-run, operated by shiojiri (whose director the realm names for it in operator_for).
          operatedBy: { tateshina: 'shiojiri' },
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: everyTask,
        }),
    });
    sql = node.dataSource;

    const worker = async (input: Record<string, unknown>, status: string | null = 'ACTIVE'): Promise<string> => {
      // Placing a worker above stage A is the org admin's, with the assessment's reason.
      const res = await node.call<{ registerWorker: { id: string } }>(
        REGISTER,
        {
          input: {
            familyName: '北原',
            givenName: '葵',
            familyNameKana: 'キタハラ',
            givenNameKana: 'アオイ',
            stageReason: '入所時の評価',
            ...input,
          },
        },
        'tateshina-admin',
      );
      expect(res.errors).toBeUndefined();
      const id = res.data!.registerWorker.id;
      if (status) expect((await node.call(SET_STATUS, { id, status })).errors).toBeUndefined();
      return id;
    };
    const assign = async (workerId: string, periodFrom: string, periodTo: string, plannedMinutes: number) =>
      expect(
        (
          await node.call(ASSIGN, {
            input: { workerId, taskOrgId: 'tateshina', taskId: randomUUID(), periodFrom, periodTo, plannedMinutes, hourlyRateYen: 1000 },
          })
        ).errors,
      ).toBeUndefined();

    // At stage B (IT C, business B): 3 h on weekdays, consenting. Available 6 × 180 + 4 × 180 = 1800.
    // Booked 1200 over 06-16..07-11, allocated 660 to June (1980 of 3600 available minutes) and
    // 540 to July; of those, the range holds 660 × 1080 / 1980 = 360 and 540 × 720 / 1620 = 240.
    const stageB = await worker({
      itStage: 'C',
      businessStage: 'B',
      weeklyAvailability: weekdays(180),
      monthlyHourCap: 50,
      consortiumConsent: true,
    });
    await assign(stageB, '2025-06-16', '2025-07-11', 1200);
    // At stage A (IT A, business C): Saturdays 5 h, but a 2 h monthly cap binds: 120 + 120. Not consenting.
    await worker({ itStage: 'A', businessStage: 'C', weeklyAvailability: [{ weekday: 6, minutes: 300 }], monthlyHourCap: 2 });
    // At stage C: 1 h on weekdays, 360 + 240. Booked 101 over 06-27..07-01: 67 in June, 34 in July.
    const stageC = await worker({
      itStage: 'C',
      businessStage: 'C',
      weeklyAvailability: weekdays(60),
      monthlyHourCap: 100,
      consortiumConsent: true,
    });
    await assign(stageC, '2025-06-27', '2025-07-01', 101);
    // Not counted: a worker merely registered, and an inactive one.
    await worker(
      { itStage: 'C', businessStage: 'C', weeklyAvailability: weekdays(480), monthlyHourCap: 200, consortiumConsent: true },
      null,
    );
    const inactive = await worker({
      itStage: 'C',
      businessStage: 'C',
      weeklyAvailability: weekdays(480),
      monthlyHourCap: 200,
      consortiumConsent: true,
    });
    await assign(inactive, '2025-06-23', '2025-07-04', 600);
    expect((await node.call(SET_STATUS, { id: inactive, status: 'INACTIVE' })).errors).toBeUndefined();
  });

  afterAll(async () => {
    await node?.close();
  });

  const RANGE = { from: '2025-06-23', to: '2025-07-06' };
  const capacity = async (variables: Record<string, unknown>, as?: string) => {
    const res = await node.call<Capacity>(CAPACITY, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!.capacity;
  };

  it('sums availability, bookings and free minutes by stage, A, B, C in order, in one SQL statement', async () => {
    const queries = recordQueries(sql);
    expect(await capacity(RANGE)).toEqual({
      orgId: 'tateshina',
      ...RANGE,
      byStage: [row('A', 1, 240, 0, 240), row('B', 1, 1800, 600, 1200), row('C', 1, 600, 101, 499)],
      totalFreeMinutes: 1939,
    });
    expect(queries).toHaveLength(1);
  });

  it('counts only consenting workers for the consortium, and only workers at or above a required stage', async () => {
    const consenting = [row('A'), row('B', 1, 1800, 600, 1200), row('C', 1, 600, 101, 499)];
    expect(await capacity({ ...RANGE, forConsortium: true })).toMatchObject({ byStage: consenting, totalFreeMinutes: 1699 });
    expect(await capacity({ ...RANGE, stage: 'B' })).toMatchObject({ byStage: consenting, totalFreeMinutes: 1699 });
    expect(await capacity({ ...RANGE, stage: 'C' })).toMatchObject({
      byStage: [row('A'), row('B'), row('C', 1, 600, 101, 499)],
      totalFreeMinutes: 499,
    });
    expect(await capacity({ ...RANGE, stage: 'A' })).toMatchObject({ totalFreeMinutes: 1939 });
  });

  it('takes the part of a booking on the days asked, rounded up, and nothing outside them', async () => {
    // 2025-06-30 alone: stage C's June share 67 over two available days (27, 30) → 33.5 → 34;
    // stage B's 660 × 180 / 1980 = 60.
    expect((await capacity({ from: '2025-06-30', to: '2025-06-30' })).byStage).toEqual([
      row('A', 1, 0, 0, 0),
      row('B', 1, 180, 60, 120),
      row('C', 1, 60, 34, 26),
    ]);
    // August: nothing booked, the monthly cap binds stage B (21 weekdays × 3 h > 50 h).
    expect((await capacity({ from: '2025-08-01', to: '2025-08-31' })).byStage).toEqual([
      row('A', 1, 120, 0, 120),
      row('B', 1, 3000, 0, 3000),
      row('C', 1, 1260, 0, 1260),
    ]);
  });

  it('shows other members and the support body the consortium count only, and refuses workers and bad ranges with a code', async () => {
    // shiojiri-admin is the operator's staff, but not named for tateshina (operator_for): another member here.
    for (const caller of ['shiojiri-admin', 'consortium-admin', 'itoigawa-director']) {
      expect([caller, (await capacity({ ...RANGE, forConsortium: false }, caller)).totalFreeMinutes]).toEqual([caller, 1699]);
    }
    // The operator's director acting for tateshina (受託確認 is delegated) counts every active worker, as tateshina's staff do.
    expect(await capacity({ ...RANGE, forConsortium: false }, 'shiojiri-director')).toMatchObject({ totalFreeMinutes: 1939 });
    expect(await capacity({ ...RANGE, forConsortium: true }, 'shiojiri-director')).toMatchObject({ totalFreeMinutes: 1699 });
    for (const [variables, code, as] of [
      [RANGE, 'FORBIDDEN', 'tateshina-worker'],
      [{ ...RANGE, orgId: 'shiojiri' }, 'WRONG_NODE', 'tateshina-director'],
      [{ from: '2025-07-06', to: '2025-06-23' }, 'INVALID_RANGE', 'tateshina-director'],
      [{ from: '2025-01-01', to: '2026-01-02' }, 'INVALID_RANGE', 'tateshina-director'],
      [{ from: '2025-02-30', to: '2025-03-01' }, 'BAD_USER_INPUT', 'tateshina-director'],
      [{ ...RANGE, stage: 'D' }, 'BAD_USER_INPUT', 'tateshina-director'],
    ] as const) {
      const res = await node.call(CAPACITY, variables, as);
      expect([variables, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([variables, code, null]);
    }
  });

  // Last: the worker it adds would change the figures above (it does not consent, so the consortium count stays).
  it('leaves nothing free in a month whose cap is booked up, even on days the bookings do not fall on', async () => {
    const before = (await capacity({ from: '2025-09-15', to: '2025-09-19' })).byStage[0];
    const res = await node.call<{ registerWorker: { id: string } }>(REGISTER, {
      input: {
        familyName: '北原',
        givenName: '湊',
        familyNameKana: 'キタハラ',
        givenNameKana: 'ミナト',
        weeklyAvailability: weekdays(180),
        monthlyHourCap: 10,
      },
    });
    const id = res.data!.registerWorker.id;
    expect((await node.call(SET_STATUS, { id, status: 'ACTIVE' })).errors).toBeUndefined();
    // The whole 10 h cap of September, booked in its first week.
    expect(
      (
        await node.call(ASSIGN, {
          input: {
            workerId: id,
            taskOrgId: 'tateshina',
            taskId: randomUUID(),
            periodFrom: '2025-09-01',
            periodTo: '2025-09-05',
            plannedMinutes: 600,
            hourlyRateYen: 1000,
          },
        })
      ).errors,
    ).toBeUndefined();
    // The third week: 5 × 3 h available, capped at 10 h, nothing booked on those days — and nothing free.
    expect((await capacity({ from: '2025-09-15', to: '2025-09-19' })).byStage[0]).toEqual({
      ...before,
      workerCount: before.workerCount + 1,
      availableMinutes: before.availableMinutes + 600,
      freeMinutes: before.freeMinutes,
    });
  });
});
