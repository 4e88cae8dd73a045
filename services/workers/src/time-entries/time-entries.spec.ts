import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, recordQueries, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
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
      orgId
      assignmentId
      workerId
      workDate
      minutes
      note
      status
    }
  }
`;
const APPROVE = gql`
  mutation ($id: ID!) {
    approveTimeEntry(id: $id) {
      id
      status
      reviewComment
      reviewedAt
    }
  }
`;
const RETURN = gql`
  mutation ($id: ID!, $comment: String!) {
    returnTimeEntry(id: $id, comment: $comment) {
      id
      status
      reviewComment
    }
  }
`;
const APPROVED_MINUTES = gql`
  query ($orgId: String, $workerIds: [ID!]!, $from: String) {
    approvedWorkMinutes(orgId: $orgId, workerIds: $workerIds, from: $from) {
      workerId
      approvedMinutes
    }
  }
`;
const ENTRIES = gql`
  query ($assignmentId: ID!) {
    timeEntries(assignmentId: $assignmentId) {
      id
      workDate
      minutes
      status
    }
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
const WEEKDAYS_8H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 480 }));
type Entry = { id: string; status: string; minutes: number };

describe('time entries against PostgreSQL', () => {
  let director: Record<string, string>;
  let workerCaller: Record<string, string>;
  let url: string;
  let sql: DataSource;
  let node: TestNode;
  /** Linked to tateshina-worker's login. */
  let ownWorkerId: string;

  beforeAll(async () => {
    [director, workerCaller] = await Promise.all([bearer('tateshina-director'), bearer('tateshina-worker')]);
    node = await startTestNode({
      label: 'workers_time_entries',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: everyTask,
        }),
    });
    ({ url } = node);
    sql = node.dataSource;
    ownWorkerId = await worker({ userId: subOf(await tokenFor('tateshina-worker')) });
  });

  afterAll(async () => {
    await node?.close();
  });

  async function worker(extra: Record<string, unknown> = {}): Promise<string> {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 200,
      weeklyAvailability: WEEKDAYS_8H,
      ...extra,
    };
    const res = await postGraphQL<{ registerWorker: { id: string } }>(url, REGISTER, { input }, director);
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerWorker.id;
    expect((await postGraphQL(url, ACTIVATE, { id }, director)).errors).toBeUndefined();
    return id;
  }
  async function assignment(workerId: string, periodFrom = '2025-06-02', periodTo = '2025-06-27'): Promise<string> {
    const input = {
      workerId,
      taskOrgId: 'tateshina',
      taskId: randomUUID(),
      periodFrom,
      periodTo,
      plannedMinutes: 600,
      hourlyRateYen: 1100,
    };
    const res = await postGraphQL<{ createAssignment: { id: string } }>(url, ASSIGN, { input }, director);
    expect(res.errors).toBeUndefined();
    return res.data!.createAssignment.id;
  }
  const log = (input: Record<string, unknown>, as = director) =>
    postGraphQL<{ logTime: Entry & Record<string, unknown> }>(url, LOG, { input: { idempotencyKey: randomUUID(), ...input } }, as);
  const state = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM time_entries)::int AS entries, (SELECT count(*) FROM audit_log)::int AS audit, (SELECT coalesce(sum(minutes), 0) FROM worker_day_totals)::int AS day_minutes`,
      )
    )[0];

  it('lets the assigned worker and a director log hours, audited, and shows them to both', async () => {
    const assignmentId = await assignment(ownWorkerId);
    const own = await log({ assignmentId, workDate: '2025-06-02', minutes: 240, note: '入力 1-50' }, workerCaller);
    expect(own.errors).toBeUndefined();
    expect(own.data!.logTime).toMatchObject({
      orgId: 'tateshina',
      assignmentId,
      workerId: ownWorkerId,
      workDate: '2025-06-02',
      minutes: 240,
      note: '入力 1-50',
      status: 'SUBMITTED',
    });
    const forWorker = await log({ assignmentId, workDate: '2025-06-03', minutes: 120 });
    expect(forWorker.errors).toBeUndefined();

    const audit = await sql.query(`SELECT action, actor_id FROM audit_log WHERE entity_type = 'TimeEntry' AND entity_id = $1`, [
      own.data!.logTime.id,
    ]);
    expect(audit).toEqual([{ action: 'time-entry.log', actor_id: subOf(await tokenFor('tateshina-worker')) }]);
    for (const caller of [workerCaller, director]) {
      const res = await postGraphQL<{ timeEntries: unknown[] }>(url, ENTRIES, { assignmentId }, caller);
      expect(res.errors).toBeUndefined();
      expect(res.data!.timeEntries).toEqual([
        { id: own.data!.logTime.id, workDate: '2025-06-02', minutes: 240, status: 'SUBMITTED' },
        { id: forWorker.data!.logTime.id, workDate: '2025-06-03', minutes: 120, status: 'SUBMITTED' },
      ]);
    }
  });

  it('refuses with a code, writing nothing: outside the period, over 24 h in a day, not your assignment, bad input, a reused key', async () => {
    const other = await worker();
    const first = await assignment(other);
    const second = await assignment(other, '2025-06-09', '2025-06-13');
    const foreign = await log({ assignmentId: first, workDate: '2025-06-10', minutes: 600 });
    expect(foreign.errors).toBeUndefined();
    expect((await log({ assignmentId: second, workDate: '2025-06-10', minutes: 600 })).errors).toBeUndefined();
    const before = await state();

    const cases: [Record<string, unknown>, string, Record<string, string>][] = [
      [{ assignmentId: first, workDate: '2025-06-01', minutes: 60 }, 'ENTRY_OUTSIDE_PERIOD', director],
      [{ assignmentId: second, workDate: '2025-06-16', minutes: 60 }, 'ENTRY_OUTSIDE_PERIOD', director],
      // 20 h logged on 2025-06-10 over two assignments: 4 h 1 min more passes 24 h.
      [{ assignmentId: second, workDate: '2025-06-10', minutes: 241 }, 'DAY_OVER_24H', director],
      [{ assignmentId: first, workDate: '2025-06-11', minutes: 60 }, 'FORBIDDEN', workerCaller],
      [{ assignmentId: randomUUID(), workDate: '2025-06-11', minutes: 60 }, 'FORBIDDEN', workerCaller],
      [{ assignmentId: randomUUID(), workDate: '2025-06-11', minutes: 60 }, 'ASSIGNMENT_NOT_FOUND', director],
      [{ assignmentId: first, workDate: '2025-06-11', minutes: 0 }, 'BAD_USER_INPUT', director],
      [{ assignmentId: first, workDate: '2025-06-11', minutes: 1441 }, 'BAD_USER_INPUT', director],
      [{ assignmentId: first, workDate: '2025-06-31', minutes: 60 }, 'BAD_USER_INPUT', director],
      // The key of the first entry, with other hours: not a retry.
      [
        { assignmentId: first, workDate: '2025-06-10', minutes: 60, idempotencyKey: await keyOf(foreign.data!.logTime.id) },
        'IDEMPOTENCY_KEY_REUSED',
        director,
      ],
    ];
    for (const [input, code, as] of cases) {
      const res = await log(input, as);
      expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
    }
    expect(await state()).toEqual(before);
    // Exactly 24 h is a full day, not over it.
    expect((await log({ assignmentId: second, workDate: '2025-06-10', minutes: 240 })).errors).toBeUndefined();
    // The worker may not read another worker's entries either.
    expect((await postGraphQL(url, ENTRIES, { assignmentId: first }, workerCaller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps exactly one entry for 20 parallel submissions with one key, answering each with it', async () => {
    const assignmentId = await assignment(await worker());
    const input = { assignmentId, workDate: '2025-06-04', minutes: 1440, idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 20 }, () => log(input)));
    expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
    expect(new Set(results.map((r) => r.data!.logTime.id)).size).toBe(1);
    const [row] = await sql.query(
      `SELECT (SELECT count(*) FROM time_entries WHERE assignment_id = $1)::int AS entries,
              (SELECT count(*) FROM audit_log WHERE entity_id = $2)::int AS audited,
              (SELECT minutes FROM worker_day_totals d JOIN assignments a ON a.worker_id = d.worker_id WHERE a.id = $1) AS day`,
      [assignmentId, results[0].data!.logTime.id],
    );
    expect(row).toEqual({ entries: 1, audited: 1, day: 1440 });
  });

  it('takes no more than 24 h of a day from 12 parallel submissions, enforced by the database', async () => {
    const id = await worker();
    const [a, b] = [await assignment(id), await assignment(id)];
    // 12 × 3 h on one day over two assignments: room for exactly 8.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => log({ assignmentId: i % 2 ? a : b, workDate: '2025-06-05', minutes: 180 })),
    );
    const codes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'LOGGED'));
    expect(codes.filter((c) => c === 'LOGGED')).toHaveLength(8);
    expect(codes.filter((c) => c === 'DAY_OVER_24H')).toHaveLength(4);
    const [row] = await sql.query(
      `SELECT (SELECT sum(minutes) FROM time_entries WHERE worker_id = $1)::int AS logged,
              (SELECT minutes FROM worker_day_totals WHERE worker_id = $1) AS day,
              (SELECT count(*) FROM audit_log l JOIN time_entries e ON l.entity_id = e.id::text WHERE e.worker_id = $1)::int AS audited`,
      [id],
    );
    expect(row).toEqual({ logged: 1440, day: 1440, audited: 8 });
    await expect(sql.query(`UPDATE worker_day_totals SET minutes = minutes + 1 WHERE worker_id = $1`, [id])).rejects.toThrow(
      /worker_day_within_24h/,
    );
  });

  it('approves and returns by staff only, audited; an approved entry never changes, in code and in the database', async () => {
    const assignmentId = await assignment(ownWorkerId, '2025-07-01', '2025-07-31');
    const approved = (await log({ assignmentId, workDate: '2025-07-01', minutes: 600 })).data!.logTime;
    const returned = (await log({ assignmentId, workDate: '2025-07-02', minutes: 900 })).data!.logTime;

    expect((await postGraphQL(url, APPROVE, { id: approved.id }, workerCaller)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await postGraphQL<{ approveTimeEntry: Record<string, unknown> }>(url, APPROVE, { id: approved.id }, director);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.approveTimeEntry).toMatchObject({ id: approved.id, status: 'APPROVED', reviewComment: null });
    expect(ok.data!.approveTimeEntry.reviewedAt).toEqual(expect.any(String));
    const back = await postGraphQL<{ returnTimeEntry: Record<string, unknown> }>(
      url,
      RETURN,
      { id: returned.id, comment: '15 時間は多すぎます' },
      director,
    );
    expect(back.data!.returnTimeEntry).toEqual({ id: returned.id, status: 'RETURNED', reviewComment: '15 時間は多すぎます' });

    const before = await state();
    for (const [document, variables, code] of [
      [APPROVE, { id: approved.id }, 'TIME_ENTRY_APPROVED'],
      [RETURN, { id: approved.id, comment: 'やり直し' }, 'TIME_ENTRY_APPROVED'],
      [APPROVE, { id: returned.id }, 'TIME_ENTRY_RETURNED'],
      [APPROVE, { id: randomUUID() }, 'TIME_ENTRY_NOT_FOUND'],
    ] as const) {
      expect((await postGraphQL(url, document, variables, director)).errors?.[0].extensions?.code).toBe(code);
    }
    expect(await state()).toEqual(before);

    // The database refuses any writer: an approved row's hours, day or status, or its deletion.
    for (const statement of [
      `UPDATE time_entries SET minutes = 60 WHERE id = $1`,
      `UPDATE time_entries SET work_date = '2025-07-03' WHERE id = $1`,
      `UPDATE time_entries SET status = 'SUBMITTED' WHERE id = $1`,
      `DELETE FROM time_entries WHERE id = $1`,
    ]) {
      await expect(sql.query(statement, [approved.id])).rejects.toThrow(/approved and never changes/);
    }
    // A returned entry's minutes leave the day: the corrected one (a new entry) fits again.
    expect(
      (await sql.query(`SELECT minutes FROM worker_day_totals WHERE worker_id = $1 AND work_date = '2025-07-02'`, [ownWorkerId]))[0]
        .minutes,
    ).toBe(0);
    expect((await log({ assignmentId, workDate: '2025-07-02', minutes: 480 }, workerCaller)).errors).toBeUndefined();
    const audit = await sql.query(`SELECT action FROM audit_log WHERE entity_id IN ($1, $2) ORDER BY id`, [approved.id, returned.id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'time-entry.log',
      'time-entry.log',
      'time-entry.approve',
      'time-entry.return',
    ]);
  });

  async function keyOf(entryId: string): Promise<string> {
    return (await sql.query(`SELECT idempotency_key FROM time_entries WHERE id = $1`, [entryId]))[0].idempotency_key;
  }

  it('sums approved minutes per worker of the org in one query, zeros included, unknown ids left out, from a day on, for staff only', async () => {
    const [busy, idle] = [await worker(), await worker()];
    const assignmentId = await assignment(busy);
    const entries = await Promise.all([
      log({ assignmentId, workDate: '2025-06-02', minutes: 100 }),
      log({ assignmentId, workDate: '2025-06-03', minutes: 200 }),
      log({ assignmentId, workDate: '2025-06-04', minutes: 400 }),
    ]);
    for (const entry of entries.slice(0, 2))
      expect((await postGraphQL(url, APPROVE, { id: entry.data!.logTime.id }, director)).errors).toBeUndefined();
    // The third stays SUBMITTED: not yet work that counts.
    const nobody = randomUUID();
    const queries = recordQueries(node.app.get(DataSource));
    const all = await postGraphQL<{ approvedWorkMinutes: unknown[] }>(
      url,
      APPROVED_MINUTES,
      { workerIds: [idle, busy, nobody, busy] },
      director,
    );
    expect(all.errors).toBeUndefined();
    expect(all.data!.approvedWorkMinutes).toEqual([
      { workerId: idle, approvedMinutes: 0 },
      { workerId: busy, approvedMinutes: 300 },
    ]);
    expect(queries.filter((q) => /time_entries/.test(q))).toHaveLength(1);
    const since = await postGraphQL<{ approvedWorkMinutes: unknown[] }>(
      url,
      APPROVED_MINUTES,
      { workerIds: [busy], from: '2025-06-03' },
      director,
    );
    expect(since.data!.approvedWorkMinutes).toEqual([{ workerId: busy, approvedMinutes: 200 }]);

    for (const [variables, code, as] of [
      [{ workerIds: [busy] }, 'FORBIDDEN', 'tateshina-worker'],
      [{ workerIds: [busy] }, 'FORBIDDEN', 'shiojiri-director'],
      [{ workerIds: [busy], orgId: 'shiojiri' }, 'WRONG_NODE', 'tateshina-director'],
      [{ workerIds: ['not-a-uuid'] }, 'BAD_USER_INPUT', 'tateshina-director'],
      [{ workerIds: [busy], from: '2025-02-30' }, 'BAD_USER_INPUT', 'tateshina-director'],
    ] as const) {
      const res = await node.call(APPROVED_MINUTES, variables, as);
      expect([variables, res.errors?.[0].extensions?.code]).toEqual([variables, code]);
    }
  });
});
