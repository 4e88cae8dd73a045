import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { InMemoryTaskRequirements } from './in-memory-task-requirements';
import { InMemoryTrainingRecords } from './in-memory-training-records';

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
      workerId
      periodFrom
      periodTo
      plannedMinutes
      hourlyRateYen
      withholding
      requiredItStage
      requiredBusinessStage
      requiredTrainings
      task {
        orgId
        id
      }
    }
  }
`;

// Mondays to Fridays, 3 hours a day: June 2025 holds 63 h, so the 50 h cap binds.
const WEEKDAYS_3H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 180 }));

describe('assignments against PostgreSQL', () => {
  let director: Record<string, string>;
  let url: string;
  let sql: DataSource;
  const training = new InMemoryTrainingRecords();
  const tasks = new InMemoryTaskRequirements();
  let node: TestNode;

  beforeAll(async () => {
    director = await bearer('tateshina-director');
    node = await startTestNode({
      label: 'workers_assignments',
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
    ({ url } = node);
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const worker = async (extra: Record<string, unknown> = {}, active = true): Promise<string> => {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 50,
      weeklyAvailability: WEEKDAYS_3H,
      ...extra,
    };
    const res = await postGraphQL<{ registerWorker: { id: string } }>(url, REGISTER, { input }, director);
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerWorker.id;
    if (active) expect((await postGraphQL(url, ACTIVATE, { id }, director)).errors).toBeUndefined();
    return id;
  };
  const assignment = (workerId: string, extra: Record<string, unknown> = {}) => ({
    workerId,
    // Another member's task needs an approved claim (see sharing/partner-sharing.spec.ts).
    taskOrgId: 'tateshina',
    // Entry-stage work the orders node knows, unless a test says otherwise.
    taskId: tasks.add('tateshina', randomUUID()),
    periodFrom: '2025-06-02',
    periodTo: '2025-06-27',
    plannedMinutes: 600,
    hourlyRateYen: 1100,
    ...extra,
  });
  const assign = (input: Record<string, unknown>) =>
    postGraphQL<{ createAssignment: Record<string, unknown> }>(url, ASSIGN, { input }, director);
  const count = async (table: string) => Number((await sql.query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const written = async () => [
    await count('assignments'),
    await count('audit_log'),
    await count('assignment_months'),
    await count('worker_month_bookings'),
  ];

  it('books an active worker on a task, keyed for federation, and audits it', async () => {
    const id = await worker();
    const input = assignment(id);
    const res = await assign(input);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAssignment).toMatchObject({
      workerId: id,
      plannedMinutes: 600,
      hourlyRateYen: '1100',
      withholding: false,
      requiredItStage: 'A',
      requiredBusinessStage: 'A',
      requiredTrainings: [],
      task: { orgId: 'tateshina', id: input.taskId },
    });
    const audit = await sql.query(`SELECT action, actor_org_id FROM audit_log WHERE entity_id = $1`, [res.data!.createAssignment.id]);
    expect(audit).toEqual([{ action: 'assignment.create', actor_org_id: 'tateshina' }]);
    expect(
      await sql.query(
        `SELECT to_char(month, 'YYYY-MM') AS month, booked_minutes, capacity_minutes FROM worker_month_bookings WHERE worker_id = $1`,
        [id],
      ),
    ).toEqual([{ month: '2025-06', booked_minutes: 600, capacity_minutes: 50 * 60 }]);
  });

  it('refuses with a code, writing nothing: inactive, stage too low, missing training, over capacity, same task twice', async () => {
    const registered = await worker({}, false);
    const beginner = await worker();
    const trained = await worker();
    training.complete('tateshina', trained, 'WIN-BASIC');
    const taken = assignment(trained);
    expect((await assign(taken)).errors).toBeUndefined();
    const stageB = tasks.add('tateshina', randomUUID(), { itStage: 'B' as never });
    const needsWindows = tasks.add('tateshina', randomUUID(), { trainings: ['WIN-BASIC'] });
    const needsMore = tasks.add('tateshina', randomUUID(), { trainings: ['WIN-BASIC', 'OCR'] });
    const before = await written();

    const cases: [Record<string, unknown>, string][] = [
      [assignment(registered), 'WORKER_INACTIVE'],
      [assignment(randomUUID()), 'WORKER_NOT_FOUND'],
      [assignment(beginner, { taskId: stageB }), 'STAGE_TOO_LOW'],
      [assignment(beginner, { taskId: needsWindows }), 'TRAINING_MISSING'],
      [assignment(trained, { taskId: needsMore }), 'TRAINING_MISSING'],
      // 50 h cap: 10 h already booked in June, 41 more would overflow it.
      [assignment(trained, { plannedMinutes: 41 * 60 }), 'CAPACITY_EXCEEDED'],
      // A weekend holds no availability at all.
      [assignment(beginner, { periodFrom: '2025-06-07', periodTo: '2025-06-08', plannedMinutes: 60 }), 'CAPACITY_EXCEEDED'],
      [assignment(trained, { periodFrom: '2025-07-01', periodTo: '2025-06-01' }), 'INVALID_PERIOD'],
      [{ ...taken }, 'ALREADY_ASSIGNED'],
      // A PIECE assignment takes a piece rate only; an HOURLY one an hourly rate only.
      [assignment(trained, { payBasis: 'PIECE' }), 'PAY_BASIS_MISMATCH'],
      [assignment(trained, { payBasis: 'PIECE', hourlyRateYen: undefined }), 'PAY_BASIS_MISMATCH'],
      [assignment(trained, { pieceRateYen: 5 }), 'PAY_BASIS_MISMATCH'],
    ];
    for (const [input, code] of cases) {
      const res = await assign(input);
      expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
    }
    expect(await written()).toEqual(before);
    expect((await assign(assignment(trained, { taskId: needsWindows }))).errors).toBeUndefined();
  });

  describe('a careless or hostile director', () => {
    it('can no longer send requirements or withholding: the input has no such fields', async () => {
      const id = await worker();
      const before = await written();
      for (const extra of [{ requiredItStage: 'A' }, { requiredBusinessStage: 'A' }, { requiredTrainings: [] }, { withholding: false }]) {
        const res = await assign(assignment(id, extra));
        expect([extra, res.errors?.[0].extensions?.code, res.errors?.[0].message]).toEqual([
          extra,
          'BAD_USER_INPUT',
          expect.stringContaining(`"${Object.keys(extra)[0]}" is not defined`),
        ]);
      }
      expect(await written()).toEqual(before);
    });

    it("books by the task's own requirements and withholding, read from its owner, and answers the assignment", async () => {
      const id = await worker({ ndaSignedOn: '2025-04-01' });
      await sql.query(`UPDATE workers SET it_stage = 'C', business_stage = 'B' WHERE id = $1`, [id]);
      training.complete('tateshina', id, 'SEC-BASIC');
      const taskId = tasks.add('tateshina', randomUUID(), {
        itStage: 'C' as never,
        businessStage: 'B' as never,
        confidential: true,
        trainings: ['SEC-BASIC'],
        withholding: true,
      });
      const res = await assign(assignment(id, { taskId }));
      expect(res.errors).toBeUndefined();
      expect(res.data!.createAssignment).toMatchObject({
        withholding: true,
        requiredItStage: 'C',
        requiredBusinessStage: 'B',
        requiredTrainings: ['SEC-BASIC'],
        task: { orgId: 'tateshina', id: taskId },
      });
      expect(
        await sql.query(`SELECT withholding, required_it_stage, required_trainings FROM assignments WHERE id = $1`, [
          res.data!.createAssignment.id,
        ]),
      ).toEqual([{ withholding: true, required_it_stage: 'C', required_trainings: ['SEC-BASIC'] }]);
    });

    it('refuses a worker below the stage on either axis, writing nothing', async () => {
      const id = await worker();
      await sql.query(`UPDATE workers SET it_stage = 'C', business_stage = 'A' WHERE id = $1`, [id]);
      const before = await written();
      const res = await assign(
        assignment(id, { taskId: tasks.add('tateshina', randomUUID(), { itStage: 'B' as never, businessStage: 'B' as never }) }),
      );
      expect(res.errors?.[0].extensions).toEqual({
        code: 'STAGE_TOO_LOW',
        details: { itStage: 'C', businessStage: 'A', requiredItStage: 'B', requiredBusinessStage: 'B' },
      });
      expect(res.data).toBeNull();
      expect(await written()).toEqual(before);
    });

    it('refuses confidential work without the security course, or without an NDA signed by the first day, writing nothing', async () => {
      const confidential = () => tasks.add('tateshina', randomUUID(), { confidential: true, trainings: [] });
      const noNda = await worker();
      training.complete('tateshina', noNda, 'SEC-BASIC');
      const lateNda = await worker({ ndaSignedOn: '2025-06-10' });
      training.complete('tateshina', lateNda, 'SEC-BASIC');
      const untrained = await worker({ ndaSignedOn: '2025-04-01' });
      const before = await written();
      expect((await assign(assignment(noNda, { taskId: confidential() }))).errors?.[0].extensions).toEqual({
        code: 'NDA_MISSING',
        details: { ndaSignedOn: null },
      });
      expect((await assign(assignment(lateNda, { taskId: confidential() }))).errors?.[0].extensions).toEqual({
        code: 'NDA_MISSING',
        details: { ndaSignedOn: '2025-06-10' },
      });
      // The owner's answer lists no training here: the security course is required for confidential work all the same.
      expect((await assign(assignment(untrained, { taskId: confidential() }))).errors?.[0].extensions).toEqual({
        code: 'TRAINING_MISSING',
        details: { missing: ['SEC-BASIC'] },
      });
      expect(await written()).toEqual(before);
      training.complete('tateshina', untrained, 'SEC-BASIC');
      expect((await assign(assignment(untrained, { taskId: confidential() }))).errors).toBeUndefined();
    });

    it('refuses an unknown task id with TASK_NOT_FOUND, writing nothing', async () => {
      const id = await worker();
      const before = await written();
      const res = await assign(assignment(id, { taskId: randomUUID() }));
      expect(res.errors?.[0].extensions?.code).toBe('TASK_NOT_FOUND');
      expect(res.data).toBeNull();
      expect(await written()).toEqual(before);
    });

    it("refuses another member's task without a claim, writing nothing and asking the owner nothing", async () => {
      const id = await worker();
      const taskId = tasks.add('shiojiri', randomUUID());
      const before = await written();
      tasks.asked.length = 0;
      expect((await assign(assignment(id, { taskOrgId: 'shiojiri', taskId }))).errors?.[0].extensions?.code).toBe('CLAIM_REQUIRED');
      expect(tasks.asked).toEqual([]);
      expect(await written()).toEqual(before);
    });
  });

  it('caps each month of a multi-month period by that month, weekly availability included', async () => {
    // 4 h a week on Mondays; June 2025 has 5 Mondays (20 h), July 4 (16 h); cap 200 h.
    const id = await worker({ monthlyHourCap: 200, weeklyAvailability: [{ weekday: 1, minutes: 240 }] });
    expect(
      (await assign(assignment(id, { periodFrom: '2025-06-01', periodTo: '2025-07-31', plannedMinutes: 30 * 60 }))).errors,
    ).toBeUndefined();
    const res = await assign(assignment(id, { periodFrom: '2025-07-01', periodTo: '2025-07-31', plannedMinutes: 4 * 60 }));
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CAPACITY_EXCEEDED', details: { month: '2025-07' } });
  });

  it('books exactly 5 of 50 parallel attempts against room for 5, enforced by the database', async () => {
    // Cap 50 h, each attempt 10 h within June: room for exactly 5.
    const id = await worker();
    const results = await Promise.all(Array.from({ length: 50 }, () => assign(assignment(id))));
    const codes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'BOOKED'));
    expect(codes.filter((c) => c === 'BOOKED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'CAPACITY_EXCEEDED')).toHaveLength(45);
    const [sums] = await sql.query(
      `SELECT (SELECT sum(planned_minutes) FROM assignments WHERE worker_id = $1)::int AS planned,
              (SELECT sum(m.minutes) FROM assignment_months m JOIN assignments a ON a.id = m.assignment_id WHERE a.worker_id = $1)::int AS allocated,
              (SELECT booked_minutes FROM worker_month_bookings WHERE worker_id = $1) AS booked,
              (SELECT count(*) FROM audit_log l JOIN assignments a ON l.entity_id = a.id::text WHERE a.worker_id = $1)::int AS audited`,
      [id],
    );
    expect(sums).toEqual({ planned: 3000, allocated: 3000, booked: 3000, audited: 5 });
    // The ledger refuses overbooking even from a writer that bypasses the service.
    await expect(
      sql.query(`UPDATE worker_month_bookings SET booked_minutes = booked_minutes + 1 WHERE worker_id = $1`, [id]),
    ).rejects.toThrow(/worker_month_within_capacity/);
  });
});
