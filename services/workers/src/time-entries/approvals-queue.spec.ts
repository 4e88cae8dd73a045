import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, gql, postGraphQL, startTestNode, TestNode } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
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
    }
  }
`;
const QUEUE = gql`
  query ($first: Int) {
    submittedTimeEntries(first: $first) {
      id
      workerId
      workDate
      minutes
      status
      assignment {
        id
        workerId
        task {
          orgId
          id
        }
      }
    }
  }
`;
const APPROVE_MANY = gql`
  mutation ($orgId: String, $ids: [ID!]!) {
    approveTimeEntries(orgId: $orgId, ids: $ids) {
      id
      status
      reviewedAt
    }
  }
`;
const RETURN = gql`
  mutation ($id: ID!, $comment: String!) {
    returnTimeEntry(id: $id, comment: $comment) {
      id
      status
    }
  }
`;
const CLOSE = gql`
  mutation ($month: String!) {
    closePayMonth(month: $month) {
      statementCount
      grossYen
      withholdingYen
      netYen
    }
  }
`;
const PREVIEW = gql`
  query ($orgId: String, $month: String!) {
    payMonthPreview(orgId: $orgId, month: $month) {
      orgId
      month
      closed
      ended
      awaitingReview
      grossYen
      withholdingYen
      netYen
      statements {
        workerId
        minutes
        grossYen
        withholdingBaseYen
        withholdingYen
        netYen
      }
    }
  }
`;
const STATEMENTS = gql`
  query ($month: String!) {
    payStatements(month: $month) {
      workerId
      minutes
      grossYen
      withholdingBaseYen
      withholdingYen
      netYen
    }
  }
`;

const WEEKDAYS_8H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 480 }));
type Res = { errors?: readonly { extensions?: Record<string, unknown> }[] };
const codeOf = (res: Res) => res.errors?.[0]?.extensions?.code;

/** 承認待ち and 一括承認, and the pay close's preview (締め前確認), against PostgreSQL. */
describe('approvals queue and pay preview', () => {
  let node: TestNode;
  let sql: DataSource;
  /** Hours and pay here, not booking rules: every task is open work; withholding is set per assignment below. */
  const tasks = new InMemoryTaskRequirements(OPEN_TASK);

  const as = async (user: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<Record<string, any>>(node.url, query, variables, await bearer(user));
  const director = (query: string, variables: Record<string, unknown> = {}) => as('tateshina-director', query, variables);
  const count = async (sqlText: string, params: unknown[] = []) => Number((await sql.query(sqlText, params))[0].n);

  async function worker(): Promise<string> {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 200,
      weeklyAvailability: WEEKDAYS_8H,
    };
    const res = await director(REGISTER, { input });
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerWorker.id as string;
    expect((await director(ACTIVATE, { id })).errors).toBeUndefined();
    return id;
  }
  async function assignment(workerId: string, withholding = false): Promise<{ id: string; taskId: string }> {
    const taskId = tasks.add('tateshina', randomUUID(), { withholding });
    const input = {
      workerId,
      taskOrgId: 'tateshina',
      taskId,
      periodFrom: '2025-06-02',
      periodTo: '2025-06-27',
      plannedMinutes: 3000,
      hourlyRateYen: 1100,
    };
    const res = await director(ASSIGN, { input });
    expect(res.errors).toBeUndefined();
    return { id: res.data!.createAssignment.id as string, taskId };
  }
  async function log(assignmentId: string, workDate: string, minutes: number): Promise<string> {
    const res = await director(LOG, { input: { idempotencyKey: randomUUID(), assignmentId, workDate, minutes } });
    expect(res.errors).toBeUndefined();
    return res.data!.logTime.id as string;
  }

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_approvals_queue',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: tasks,
        }),
    });
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  it('lists the org’s submitted entries oldest day first with their assignment, approves many all or none, and again changes nothing', async () => {
    const [a, b] = [await worker(), await worker()];
    const [ofA, ofB] = [await assignment(a), await assignment(b, true)];
    const later = await log(ofA.id, '2025-06-04', 240);
    const earlier = await log(ofB.id, '2025-06-03', 480);
    const returnedLater = await log(ofB.id, '2025-06-05', 60);

    const queue = await director(QUEUE);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.submittedTimeEntries.map((e: { id: string }) => e.id)).toEqual([earlier, later, returnedLater]);
    expect(queue.data!.submittedTimeEntries[0]).toMatchObject({
      workerId: b,
      minutes: 480,
      status: 'SUBMITTED',
      assignment: { id: ofB.id, workerId: b, task: { orgId: 'tateshina', id: ofB.taskId } },
    });
    expect((await director(QUEUE, { first: 1 })).data!.submittedTimeEntries).toHaveLength(1);

    // All or none: one id of no entry here (another org's, say) or one returned entry refuses the whole selection.
    expect((await director(RETURN, { id: returnedLater, comment: '時間を確認してください' })).errors).toBeUndefined();
    const auditBefore = await count(`SELECT count(*) AS n FROM audit_log`);
    const foreign = randomUUID();
    const missing = await director(APPROVE_MANY, { ids: [earlier, later, foreign] });
    expect(codeOf(missing)).toBe('TIME_ENTRY_NOT_FOUND');
    expect(missing.errors![0].extensions!.details).toEqual({ missing: [foreign] });
    const withReturned = await director(APPROVE_MANY, { ids: [earlier, returnedLater] });
    expect(codeOf(withReturned)).toBe('TIME_ENTRY_RETURNED');
    expect(codeOf(await director(APPROVE_MANY, { ids: [earlier], orgId: 'shiojiri' }))).toBe('WRONG_NODE');
    expect(codeOf(await director(APPROVE_MANY, { ids: [] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await director(APPROVE_MANY, { ids: ['not-a-uuid'] }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await director(APPROVE_MANY, { ids: Array.from({ length: 201 }, () => randomUUID()) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await as('tateshina-worker', APPROVE_MANY, { ids: [earlier] }))).toBe('FORBIDDEN');
    expect(codeOf(await as('tateshina-worker', QUEUE))).toBe('FORBIDDEN');
    expect(await count(`SELECT count(*) AS n FROM time_entries WHERE status = 'APPROVED'`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM audit_log`)).toBe(auditBefore);

    const approved = await director(APPROVE_MANY, { ids: [later, earlier, later] });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveTimeEntries.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([
      [later, 'APPROVED'],
      [earlier, 'APPROVED'],
    ]);
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'time-entry.approve'`)).toBe(2);
    expect((await director(QUEUE)).data!.submittedTimeEntries).toEqual([]);

    // A retry (a lost answer, a double click) answers the same entries and writes nothing more.
    const again = await director(APPROVE_MANY, { ids: [earlier, later] });
    expect(again.errors).toBeUndefined();
    expect(again.data!.approveTimeEntries.map((e: { reviewedAt: string }) => e.reviewedAt)).toEqual(
      approved.data!.approveTimeEntries.map((e: { reviewedAt: string }) => e.reviewedAt).reverse(),
    );
    expect(await count(`SELECT count(*) AS n FROM audit_log WHERE action = 'time-entry.approve'`)).toBe(2);
  });

  it('previews the month’s statements with withholding, writing nothing, and the close writes exactly them', async () => {
    const waiting = await log((await assignment(await worker())).id, '2025-06-06', 30);
    expect(waiting).toBeTruthy();
    const before = await count(`SELECT count(*) AS n FROM pay_statements`);
    const preview = await director(PREVIEW, { month: '2025-06' });
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.payMonthPreview;
    expect(p).toMatchObject({ orgId: 'tateshina', month: '2025-06', closed: false, ended: true, awaitingReview: 1 });
    // Approved: 240 min at ¥1,100/h = ¥4,400 (no withholding); 480 min = ¥8,800 under withholding (10.21 %: ¥898).
    expect(p.statements).toHaveLength(2);
    const byMinutes = Object.fromEntries(p.statements.map((s: { minutes: number }) => [s.minutes, s]));
    expect(byMinutes[240]).toMatchObject({ grossYen: '4400', withholdingBaseYen: '0', withholdingYen: '0', netYen: '4400' });
    expect(byMinutes[480]).toMatchObject({ grossYen: '8800', withholdingBaseYen: '8800', withholdingYen: '898', netYen: '7902' });
    expect(p).toMatchObject({ grossYen: '13200', withholdingYen: '898', netYen: '12302' });
    expect(await count(`SELECT count(*) AS n FROM pay_statements`)).toBe(before);
    expect(await count(`SELECT count(*) AS n FROM closed_pay_months`)).toBe(0);

    const closed = await director(CLOSE, { month: '2025-06' });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closePayMonth).toEqual({
      statementCount: 2,
      grossYen: p.grossYen,
      withholdingYen: p.withholdingYen,
      netYen: p.netYen,
    });
    const written = (await director(STATEMENTS, { month: '2025-06' })).data!.payStatements;
    expect([...written].sort((x, y) => x.minutes - y.minutes)).toEqual(
      [...p.statements].sort((x: { minutes: number }, y: { minutes: number }) => x.minutes - y.minutes),
    );
    const afterClose = (await director(PREVIEW, { month: '2025-06' })).data!.payMonthPreview;
    expect(afterClose).toMatchObject({ closed: true, grossYen: p.grossYen, netYen: p.netYen });

    expect(codeOf(await director(PREVIEW, { month: '2025-13' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await director(PREVIEW, { month: '2025-06', orgId: 'shiojiri' }))).toBe('WRONG_NODE');
    expect(codeOf(await as('tateshina-worker', PREVIEW, { month: '2025-06' }))).toBe('FORBIDDEN');
  });
});
