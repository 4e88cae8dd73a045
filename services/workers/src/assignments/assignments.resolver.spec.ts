import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { InMemoryTrainingRecords } from './in-memory-training-records';

const REGISTER = gql`mutation ($input: RegisterWorkerInput!) { registerWorker(input: $input) { id } }`;
const ACTIVATE = gql`mutation ($id: ID!) { setWorkerStatus(id: $id, status: ACTIVE) { status } }`;
const ASSIGN = gql`
  mutation ($input: CreateAssignmentInput!) {
    createAssignment(input: $input) { id workerId periodFrom periodTo plannedMinutes hourlyRateYen requiredTrainings task { orgId id } }
  }
`;

// Mondays to Fridays, 3 hours a day: June 2025 holds 63 h, so the 50 h cap binds.
const WEEKDAYS_3H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 180 }));

describe('assignments against PostgreSQL', () => {
  let director: Record<string, string>;
  let url: string;
  let sql: DataSource;
  const training = new InMemoryTrainingRecords();
  let node: TestNode;

  beforeAll(async () => {
    director = await bearer('tateshina-director');
    node = await startTestNode({ label: 'workers_assignments', migrate: migrateWorkers, create: (databaseUrl, auth) => createWorkersApp({ orgId: 'tateshina', databaseUrl, auth, dataKey: randomBytes(32), trainingRecords: training }) });
    ({ url } = node);
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const worker = async (extra: Record<string, unknown> = {}, active = true): Promise<string> => {
    const input = { familyName: '小林', givenName: '誠', familyNameKana: 'コバヤシ', givenNameKana: 'マコト', monthlyHourCap: 50, weeklyAvailability: WEEKDAYS_3H, ...extra };
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
    taskId: randomUUID(),
    periodFrom: '2025-06-02',
    periodTo: '2025-06-27',
    plannedMinutes: 600,
    hourlyRateYen: 1100,
    ...extra,
  });
  const assign = (input: Record<string, unknown>) => postGraphQL<{ createAssignment: Record<string, unknown> }>(url, ASSIGN, { input }, director);
  const count = async (table: string) => Number((await sql.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  it("books an active worker on a task, keyed for federation, and audits it", async () => {
    const id = await worker();
    const input = assignment(id);
    const res = await assign(input);
    expect(res.errors).toBeUndefined();
    expect(res.data!.createAssignment).toMatchObject({ workerId: id, plannedMinutes: 600, hourlyRateYen: '1100', task: { orgId: 'tateshina', id: input.taskId } });
    const audit = await sql.query(`SELECT action, actor_org_id FROM audit_log WHERE entity_id = $1`, [res.data!.createAssignment.id]);
    expect(audit).toEqual([{ action: 'assignment.create', actor_org_id: 'tateshina' }]);
    expect(await sql.query(`SELECT to_char(month, 'YYYY-MM') AS month, booked_minutes, capacity_minutes FROM worker_month_bookings WHERE worker_id = $1`, [id])).toEqual([
      { month: '2025-06', booked_minutes: 600, capacity_minutes: 50 * 60 },
    ]);
  });

  it('refuses with a code, writing nothing: inactive, stage too low, missing training, over capacity, same task twice', async () => {
    const registered = await worker({}, false);
    const beginner = await worker();
    const trained = await worker();
    training.complete('tateshina', trained, 'security-basic');
    const taken = assignment(trained);
    expect((await assign(taken)).errors).toBeUndefined();
    const before = [await count('assignments'), await count('audit_log'), await count('assignment_months')];

    const cases: [Record<string, unknown>, string][] = [
      [assignment(registered), 'WORKER_INACTIVE'],
      [assignment(randomUUID()), 'WORKER_NOT_FOUND'],
      [assignment(beginner, { requiredItStage: 'B' }), 'STAGE_TOO_LOW'],
      [assignment(beginner, { requiredTrainings: ['security-basic'] }), 'TRAINING_MISSING'],
      [assignment(trained, { requiredTrainings: ['security-basic', 'ocr'] }), 'TRAINING_MISSING'],
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
    expect([await count('assignments'), await count('audit_log'), await count('assignment_months')]).toEqual(before);
    expect((await assign(assignment(trained, { requiredTrainings: ['security-basic'] }))).errors).toBeUndefined();
  });

  it('caps each month of a multi-month period by that month, weekly availability included', async () => {
    // 4 h a week on Mondays; June 2025 has 5 Mondays (20 h), July 4 (16 h); cap 200 h.
    const id = await worker({ monthlyHourCap: 200, weeklyAvailability: [{ weekday: 1, minutes: 240 }] });
    expect((await assign(assignment(id, { periodFrom: '2025-06-01', periodTo: '2025-07-31', plannedMinutes: 30 * 60 }))).errors).toBeUndefined();
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
    await expect(sql.query(`UPDATE worker_month_bookings SET booked_minutes = booked_minutes + 1 WHERE worker_id = $1`, [id])).rejects.toThrow(/worker_month_within_capacity/);
  });
});
