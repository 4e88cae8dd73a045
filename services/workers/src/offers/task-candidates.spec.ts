import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, startTestNode, type TestNode } from '@kyodo/testing';
import { InMemoryTaskRequirements } from '../assignments/in-memory-task-requirements';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import type { TaskRequirements } from '../assignments/task-requirements';
import { createWorkersApp, migrateWorkers } from '../workers-node';

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
const CANDIDATES = gql`
  query ($orgId: String, $taskOrgId: String!, $taskId: ID!, $periodFrom: String!, $periodTo: String!, $minutes: Int!) {
    taskCandidates(orgId: $orgId, taskOrgId: $taskOrgId, taskId: $taskId, periodFrom: $periodFrom, periodTo: $periodTo, minutes: $minutes) {
      requiredTrainings
      eligible {
        worker {
          id
        }
        reasons
        freeMinutes
      }
      ineligible {
        worker {
          id
        }
        reasons
        missingTrainings
      }
    }
  }
`;

// Mondays to Fridays 3 h: June 2025 holds 21 weekdays = 63 h.
const WEEKDAYS_3H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 180 }));
type Candidate = { worker: { id: string }; reasons: string[]; freeMinutes?: number | null; missingTrainings?: string[] };
type Candidates = { requiredTrainings: string[]; eligible: Candidate[]; ineligible: Candidate[] };

/** 要員配置: the server ranks the org's workers for a booking and says why each one who is out is out. */
describe('task candidates against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  const training = new InMemoryTrainingRecords();
  const tasks = new InMemoryTaskRequirements();

  const as = async (user: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Record<string, any>>(node.url, query, variables, await bearer(user));
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;
  const register = async (extra: Record<string, unknown>, active = true) => {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 40,
      weeklyAvailability: WEEKDAYS_3H,
      itStage: 'B',
      businessStage: 'B',
      ndaSignedOn: '2025-04-01',
      stageReason: '入所時の評価',
      ...extra,
    };
    const res = await as('tateshina-admin', REGISTER, { input });
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerWorker.id as string;
    if (active) expect((await as('tateshina-director', ACTIVATE, { id })).errors).toBeUndefined();
    return id;
  };
  const ask = (taskId: string, extra: Record<string, unknown> = {}, user = 'tateshina-director') =>
    as(user, CANDIDATES, { taskOrgId: 'tateshina', taskId, periodFrom: '2025-06-02', periodTo: '2025-06-27', minutes: 600, ...extra });
  const task = (requirements: Partial<TaskRequirements>) => tasks.add('tateshina', randomUUID(), requirements);

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_task_candidates',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: training,
          taskRequirements: tasks,
        }),
    });
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  it('ranks the eligible (closest stage, then most room) and gives every reason for the rest', async () => {
    const fitB = await register({ monthlyHourCap: 30 });
    const fitBRoomier = await register({ monthlyHourCap: 60 });
    const fitC = await register({ itStage: 'C', businessStage: 'C', monthlyHourCap: 60 });
    const low = await register({ itStage: 'A' });
    const noNda = await register({ ndaSignedOn: null });
    const busy = await register({ monthlyHourCap: 5 });
    const untrained = await register({});
    const lowAndNoNda = await register({ businessStage: 'A', ndaSignedOn: null });
    const inactive = await register({}, false);
    for (const id of [fitB, fitBRoomier, fitC, low, noNda, busy, lowAndNoNda, inactive]) {
      training.complete('tateshina', id, 'SEC-101');
      training.complete('tateshina', id, 'SEC-BASIC');
    }
    const taskId = task({ itStage: 'B' as never, businessStage: 'B' as never, trainings: ['SEC-101'], confidential: true });
    const auditBefore = Number((await sql.query(`SELECT count(*) AS n FROM audit_log`))[0].n);

    const res = await ask(taskId);
    expect(res.errors).toBeUndefined();
    const answer = res.data!.taskCandidates as Candidates;
    // Confidential work also needs the security course (SEC-BASIC), as the booking requires.
    expect(answer.requiredTrainings).toEqual(['SEC-101', 'SEC-BASIC']);
    expect(answer.eligible.map((c) => c.worker.id)).toEqual([fitBRoomier, fitB, fitC]);
    expect(answer.eligible.every((c) => c.reasons.length === 0)).toBe(true);
    // 60 h cap = 3600 min, 600 booked by this: 3000 left; 30 h: 1200 left.
    expect(answer.eligible.map((c) => c.freeMinutes)).toEqual([3000, 1200, 3000]);
    const reasons = Object.fromEntries(answer.ineligible.map((c) => [c.worker.id, c.reasons]));
    expect(reasons).toEqual({
      [low]: ['STAGE_TOO_LOW'],
      [noNda]: ['NO_NDA'],
      [busy]: ['NO_CAPACITY'],
      [untrained]: ['TRAINING_MISSING'],
      [lowAndNoNda]: ['STAGE_TOO_LOW', 'NO_NDA'],
    });
    expect(answer.ineligible.at(-1)!.worker.id).toBe(lowAndNoNda);
    expect(answer.ineligible.find((c) => c.worker.id === untrained)!.missingTrainings).toEqual(['SEC-101', 'SEC-BASIC']);
    expect([...answer.eligible, ...answer.ineligible].some((c) => c.worker.id === inactive)).toBe(false);

    // What the server lists as eligible it books; what it lists as out it refuses, with the booking's own code.
    const book = (workerId: string) =>
      as('tateshina-director', ASSIGN, {
        input: {
          workerId,
          taskOrgId: 'tateshina',
          taskId,
          periodFrom: '2025-06-02',
          periodTo: '2025-06-27',
          plannedMinutes: 600,
          hourlyRateYen: 1100,
        },
      });
    expect((await book(fitB)).errors).toBeUndefined();
    expect(codeOf(await book(low))).toBe('STAGE_TOO_LOW');
    expect(codeOf(await book(untrained))).toBe('TRAINING_MISSING');
    // Only the booking wrote (with its audit line): asking wrote nothing.
    expect(Number((await sql.query(`SELECT count(*) AS n FROM audit_log`))[0].n)).toBe(auditBefore + 1);

    // Booked now: the same worker is out as booked already, and the room of the others is unchanged.
    const after = (await ask(taskId)).data!.taskCandidates as Candidates;
    expect(after.ineligible.find((c) => c.worker.id === fitB)!.reasons).toEqual(['ALREADY_ASSIGNED']);
    // Another task in the same month: the booking counts against fitB's cap (30 h, 10 booked, 10 more asked).
    const other = (await ask(task({ itStage: 'B' as never, businessStage: 'B' as never }))).data!.taskCandidates as Candidates;
    expect(other.eligible.find((c) => c.worker.id === fitB)!.freeMinutes).toBe(600);
  });

  it('refuses with a code: another org, a task the owner does not show, a backwards period, bad input, a worker', async () => {
    const taskId = task({});
    expect(codeOf(await ask(taskId, { orgId: 'shiojiri' }))).toBe('WRONG_NODE');
    expect(codeOf(await ask(randomUUID()))).toBe('TASK_NOT_FOUND');
    expect(codeOf(await ask(taskId, { taskOrgId: 'shiojiri' }))).toBe('CLAIM_REQUIRED');
    expect(codeOf(await ask(taskId, { periodTo: '2025-05-01' }))).toBe('INVALID_PERIOD');
    expect(codeOf(await ask(taskId, { minutes: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask('not-a-uuid'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await ask(taskId, {}, 'tateshina-worker'))).toBe('FORBIDDEN');
  });
});
