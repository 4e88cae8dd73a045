import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { bearer, gql, pdfText, postGraphQL, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
import { InMemoryTaskDetails } from './in-memory-task-details';
import { NotificationDispatcher } from '../notifications/notification-dispatcher';
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
      status
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
const RETURN = gql`
  mutation ($id: ID!, $comment: String!) {
    returnTimeEntry(id: $id, comment: $comment) {
      id
    }
  }
`;
const CLOSE = gql`
  mutation ($month: String!) {
    closePayMonth(month: $month) {
      statementCount
    }
  }
`;
const MY_ASSIGNMENTS = gql`
  query {
    myAssignments {
      id
      taskId
      taskTitle
      orderTitle
      clientLabel
      deadline
      periodFrom
      periodTo
      status
      payBasis
      hourlyRateYen
      plannedMinutes
      loggedMinutes
      approvedMinutes
      requiredTrainings
    }
  }
`;
const MY_ENTRIES = gql`
  query ($month: String) {
    myTimeEntries(month: $month) {
      id
      workerId
      workDate
      minutes
      status
      reviewComment
    }
  }
`;
const MY_PROFILE = gql`
  query {
    myProfile {
      workerId
      familyName
      email
      phone
      monthlyHourCap
      monthlyHourCapLimit
      consortiumConsent
      weeklyAvailability {
        weekday
        minutes
      }
      bankAccount {
        bankCode
        branchCode
        accountType
        accountNumberLast3
        holderKana
      }
    }
  }
`;
const UPDATE_PROFILE = gql`
  mutation ($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      email
      phone
      monthlyHourCap
      consortiumConsent
      weeklyAvailability {
        weekday
        minutes
      }
    }
  }
`;
const SET_BANK = gql`
  mutation ($input: BankAccountInput!) {
    setMyBankAccount(input: $input) {
      bankAccount {
        bankCode
        branchCode
        accountType
        accountNumberLast3
        holderKana
      }
    }
  }
`;
const SET_LIMIT = gql`
  mutation ($limit: Int!) {
    setWorkerMonthlyHourLimit(limit: $limit)
  }
`;
const WORKER_ASSIGNMENTS = gql`
  query ($workerId: ID!) {
    workerAssignments(workerId: $workerId) {
      id
    }
  }
`;
const MY_PAY = gql`
  query {
    myPayStatements {
      id
      month
      workerId
    }
  }
`;
const MY_WORK_CERTIFICATE = gql`
  query ($from: String!, $to: String!) {
    myWorkCertificate(from: $from, to: $to) {
      filename
      base64
    }
  }
`;
const MY_NOTIFICATIONS = gql`
  query ($unreadOnly: Boolean) {
    myNotifications(unreadOnly: $unreadOnly) {
      id
      orgId
      kind
      subjectType
      subjectId
      readAt
    }
  }
`;
const STAFF_NOTIFICATIONS = gql`
  query {
    staffNotifications {
      id
      kind
      subjectType
      subjectId
      readAt
    }
  }
`;
const MARK_READ = gql`
  mutation ($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
const WEEKDAYS_8H = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 480 }));

interface Mail {
  to: string;
  subject: string;
  text: string;
  raw: string;
}

describe("a worker's own view and notifications (workers node, PostgreSQL, local SMTP)", () => {
  let director: Record<string, string>;
  let admin: Record<string, string>;
  let own: Record<string, string>;
  let foreign: Record<string, string>;
  let workerSub: string;
  let url: string;
  let sql: DataSource;
  let node: TestNode;
  let smtp: SMTPServer;
  const mails: Mail[] = [];
  const taskDetails = new InMemoryTaskDetails();
  const taskA = randomUUID();
  let workerA: string;
  let workerB: string;
  let assignmentA: string;
  let assignmentB: string;
  let returnedEntry: string;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          void simpleParser(raw).then((parsed) => {
            mails.push({
              to: session.envelope.rcptTo.map((r) => r.address).join(','),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              raw,
            });
            callback();
          }, callback);
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;

    [director, admin, own, foreign] = await Promise.all([
      bearer('tateshina-director'),
      bearer('tateshina-admin'),
      bearer('tateshina-worker'),
      bearer('itoigawa-worker'),
    ]);
    workerSub = subOf(await tokenFor('tateshina-worker'));
    node = await startTestNode({
      label: 'workers_me',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: new InMemoryTaskRequirements(OPEN_TASK),
          taskDetails,
          mail: {
            smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
            from: 'no-reply@kyodo.test',
            staffAddress: 'directors@tateshina.test',
            retryIntervalMs: 600_000,
          },
        }),
    });
    ({ url } = node);
    sql = node.dataSource;
    workerA = await register({ userId: workerSub, email: 'makoto@example.jp', phone: '090-1234-5678' });
    workerB = await register({ email: 'other@example.jp' });
    taskDetails.set('tateshina', taskA, {
      taskTitle: '一次入力',
      orderTitle: '検診票入力',
      clientLabel: '立科町 健康福祉課',
      deadline: '2025-06-30',
    });
    assignmentA = await assign(workerA, taskA);
    assignmentB = await assign(workerB);
  });

  afterAll(async () => {
    await node?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
  });

  async function register(extra: Record<string, unknown>): Promise<string> {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 80,
      weeklyAvailability: WEEKDAYS_8H,
      ...extra,
    };
    const res = await postGraphQL<{ registerWorker: { id: string } }>(url, REGISTER, { input }, director);
    expect(res.errors).toBeUndefined();
    const id = res.data!.registerWorker.id;
    expect((await postGraphQL(url, ACTIVATE, { id }, director)).errors).toBeUndefined();
    return id;
  }
  async function assign(workerId: string, taskId = randomUUID()): Promise<string> {
    const input = {
      workerId,
      taskOrgId: 'tateshina',
      taskId,
      periodFrom: '2025-06-02',
      periodTo: '2025-06-27',
      plannedMinutes: 600,
      hourlyRateYen: 1100,
    };
    const res = await postGraphQL<{ createAssignment: { id: string } }>(url, ASSIGN, { input }, director);
    expect(res.errors).toBeUndefined();
    return res.data!.createAssignment.id;
  }
  /** No retry sweep runs in this spec (retryIntervalMs: 10 minutes): every mail here is sent because its transaction committed. */
  async function mailsSettled(count: number): Promise<Mail[]> {
    const dispatcher = node.app.get(NotificationDispatcher);
    for (let i = 0; i < 100 && mails.length < count; i++) {
      await dispatcher.idle();
      await new Promise((r) => setTimeout(r, 50));
    }
    return mails;
  }
  const codeOf = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.code;

  it('lets the worker read their own assignments, entries with return reasons, pay and certificate, with no ids', async () => {
    const logged = await postGraphQL<{ logTime: { id: string } }>(
      url,
      LOG,
      { input: { assignmentId: assignmentA, workDate: '2025-06-02', minutes: 240, idempotencyKey: randomUUID() } },
      own,
    );
    expect(logged.errors).toBeUndefined();
    const toReturn = await postGraphQL<{ logTime: { id: string } }>(
      url,
      LOG,
      { input: { assignmentId: assignmentA, workDate: '2025-06-03', minutes: 90, idempotencyKey: randomUUID() } },
      own,
    );
    returnedEntry = toReturn.data!.logTime.id;
    expect((await postGraphQL(url, APPROVE, { id: logged.data!.logTime.id }, director)).errors).toBeUndefined();
    expect(
      (await postGraphQL(url, RETURN, { id: returnedEntry, comment: '作業時間が作業記録と合いません' }, director)).errors,
    ).toBeUndefined();
    // Another worker's hours, which the caller must never see.
    const othersEntry = await postGraphQL<{ logTime: { id: string } }>(
      url,
      LOG,
      { input: { assignmentId: assignmentB, workDate: '2025-06-02', minutes: 60, idempotencyKey: randomUUID() } },
      director,
    );
    expect((await postGraphQL(url, APPROVE, { id: othersEntry.data!.logTime.id }, director)).errors).toBeUndefined();

    const assignments = await postGraphQL<{ myAssignments: Record<string, unknown>[] }>(url, MY_ASSIGNMENTS, {}, own);
    expect(assignments.errors).toBeUndefined();
    expect(assignments.data!.myAssignments).toEqual([
      expect.objectContaining({
        id: assignmentA,
        taskId: taskA,
        taskTitle: '一次入力',
        orderTitle: '検診票入力',
        clientLabel: '立科町 健康福祉課',
        deadline: '2025-06-30',
        status: 'ENDED',
        payBasis: 'HOURLY',
        hourlyRateYen: '1100',
        plannedMinutes: 600,
        loggedMinutes: 240,
        approvedMinutes: 240,
        requiredTrainings: [],
      }),
    ]);

    const entries = await postGraphQL<{ myTimeEntries: Record<string, unknown>[] }>(url, MY_ENTRIES, { month: '2025-06' }, own);
    expect(entries.errors).toBeUndefined();
    expect(entries.data!.myTimeEntries).toEqual([
      {
        id: returnedEntry,
        workerId: workerA,
        workDate: '2025-06-03',
        minutes: 90,
        status: 'RETURNED',
        reviewComment: '作業時間が作業記録と合いません',
      },
      { id: logged.data!.logTime.id, workerId: workerA, workDate: '2025-06-02', minutes: 240, status: 'APPROVED', reviewComment: null },
    ]);
    expect((await postGraphQL<{ myTimeEntries: unknown[] }>(url, MY_ENTRIES, { month: '2025-07' }, own)).data!.myTimeEntries).toEqual([]);

    // The director's own route to the worker's assignments is open to the worker for themself only.
    expect(
      (await postGraphQL<{ workerAssignments: { id: string }[] }>(url, WORKER_ASSIGNMENTS, { workerId: workerA }, own)).data!
        .workerAssignments,
    ).toEqual([{ id: assignmentA }]);
    const othersAssignments = await postGraphQL(url, WORKER_ASSIGNMENTS, { workerId: workerB }, own);
    expect(codeOf(othersAssignments)).toBe('FORBIDDEN');
    expect(codeOf(await postGraphQL(url, WORKER_ASSIGNMENTS, { workerId: randomUUID() }, own))).toBe('FORBIDDEN');

    expect(
      (await postGraphQL<{ closePayMonth: { statementCount: number } }>(url, CLOSE, { month: '2025-06' }, director)).data!.closePayMonth
        .statementCount,
    ).toBe(2);
    const pay = await postGraphQL<{ myPayStatements: { workerId: string; month: string }[] }>(url, MY_PAY, {}, own);
    expect(pay.data!.myPayStatements).toEqual([expect.objectContaining({ workerId: workerA, month: '2025-06' })]);
    const certificate = await postGraphQL<{ myWorkCertificate: { base64: string } }>(
      url,
      MY_WORK_CERTIFICATE,
      { from: '2025-06', to: '2025-06' },
      own,
    );
    expect(certificate.errors).toBeUndefined();
    expect(await pdfText(Buffer.from(certificate.data!.myWorkCertificate.base64, 'base64'))).toContain('小林');
  });

  it('keeps the profile within the member limit and seals the bank account', async () => {
    const updated = await postGraphQL<{ updateMyProfile: Record<string, unknown> }>(
      url,
      UPDATE_PROFILE,
      { input: { phone: '0266-11-2222', monthlyHourCap: 60, consortiumConsent: true, weeklyAvailability: [{ weekday: 2, minutes: 180 }] } },
      own,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateMyProfile).toMatchObject({
      email: 'makoto@example.jp',
      phone: '0266-11-2222',
      monthlyHourCap: 60,
      consortiumConsent: true,
    });
    expect((updated.data!.updateMyProfile.weeklyAvailability as { minutes: number }[]).map((d) => d.minutes)).toEqual([
      0, 0, 180, 0, 0, 0, 0,
    ]);

    expect((await postGraphQL(url, SET_LIMIT, { limit: 100 }, director)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await postGraphQL(url, SET_LIMIT, { limit: 100 }, admin)).data).toEqual({ setWorkerMonthlyHourLimit: 100 });
    const audit = async () => (await sql.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1`, [workerA]))[0].n as number;
    const before = await audit();
    const over = await postGraphQL(url, UPDATE_PROFILE, { input: { monthlyHourCap: 101, phone: '0266-99-9999' } }, own);
    expect(codeOf(over)).toBe('HOUR_CAP_OVER_LIMIT');
    expect(await audit()).toBe(before);
    expect(codeOf(await postGraphQL(url, UPDATE_PROFILE, { input: { email: 'not an address' } }, own))).toBe('BAD_USER_INPUT');

    const badBank = await postGraphQL(
      url,
      SET_BANK,
      { input: { bankCode: '0001', branchCode: '12', accountType: 'ORDINARY', accountNumber: '1234567', holderKana: 'コバヤシ マコト' } },
      own,
    );
    expect(codeOf(badBank)).toBe('BAD_USER_INPUT');
    const bank = await postGraphQL<{ setMyBankAccount: { bankAccount: unknown } }>(
      url,
      SET_BANK,
      { input: { bankCode: '0001', branchCode: '123', accountType: 'ORDINARY', accountNumber: '7654321', holderKana: 'コバヤシ マコト' } },
      own,
    );
    expect(bank.errors).toBeUndefined();
    expect(bank.data!.setMyBankAccount.bankAccount).toEqual({
      bankCode: '0001',
      branchCode: '123',
      accountType: 'ORDINARY',
      accountNumberLast3: '321',
      holderKana: 'コバヤシ マコト',
    });
    const stored: { ciphertext: Buffer }[] = await sql.query(`SELECT ciphertext FROM worker_bank_accounts WHERE worker_id = $1`, [workerA]);
    expect(stored).toHaveLength(1);
    expect(stored[0].ciphertext.toString('utf8')).not.toContain('7654321');
    const auditText = JSON.stringify(await sql.query(`SELECT detail FROM audit_log WHERE entity_id = $1`, [workerA]));
    expect(auditText).not.toContain('7654321');
    expect(auditText).not.toContain('0266-11-2222');

    const profile = await postGraphQL<{ myProfile: Record<string, unknown> }>(url, MY_PROFILE, {}, own);
    expect(profile.data!.myProfile).toMatchObject({
      workerId: workerA,
      familyName: '小林',
      monthlyHourCapLimit: 100,
      bankAccount: { accountNumberLast3: '321' },
    });
  });

  it('stores and mails notifications for the worker and the staff, without personal data in the mail', async () => {
    const all = await mailsSettled(6);
    const kindsOf = async (as: Record<string, string>, query = MY_NOTIFICATIONS) =>
      ((await postGraphQL<Record<string, { kind: string; subjectId: string }[]>>(url, query, {}, as)).data ?? {}) as Record<
        string,
        { kind: string; subjectId: string; id: string; readAt: string | null }[]
      >;

    const mine = (await kindsOf(own)).myNotifications;
    expect(mine.map((n) => [n.kind, n.subjectId])).toEqual(
      expect.arrayContaining([
        ['ASSIGNMENT_CREATED', assignmentA],
        ['TIME_ENTRY_RETURNED', returnedEntry],
        ['PAY_STATEMENT_READY', expect.any(String)],
      ]),
    );
    expect(mine).toHaveLength(3);
    // Staff: one "awaiting approval" for the day, however many entries were logged.
    const staff = (await kindsOf(director, STAFF_NOTIFICATIONS)).staffNotifications;
    expect(staff.map((n) => n.kind)).toEqual(['TIME_ENTRIES_AWAITING_APPROVAL']);

    const toWorkerA = all
      .filter((m) => m.to === 'makoto@example.jp')
      .map((m) => m.subject)
      .sort();
    expect(toWorkerA).toEqual(
      ['【Kyodo】作業実績が差し戻されました', '【Kyodo】支払明細が確定しました', '【Kyodo】新しい作業が割り当てられました'].sort(),
    );
    expect(all.filter((m) => m.to === 'directors@tateshina.test').map((m) => m.subject)).toEqual(['【Kyodo】承認待ちの作業実績があります']);
    expect(all.filter((m) => m.to === 'other@example.jp')).toHaveLength(2);
    for (const mail of all) {
      for (const secret of [
        '小林',
        '誠',
        '一次入力',
        '検診票入力',
        '健康福祉課',
        '作業時間が作業記録と合いません',
        '1100',
        '7654321',
        assignmentA,
        returnedEntry,
      ])
        expect(mail.raw).not.toContain(secret);
      expect(mail.text).toContain('Kyodo にログインして');
    }
    const statuses: { email_status: string }[] = await sql.query(`SELECT DISTINCT email_status FROM notifications`);
    expect(statuses).toEqual([{ email_status: 'SENT' }]);

    // Read state is the reader's own; ids of others' notifications are left alone.
    const othersIds: { id: string }[] = await sql.query(`SELECT id FROM notifications WHERE recipient_worker_id = $1`, [workerB]);
    const marked = await postGraphQL<{ markNotificationsRead: number }>(
      url,
      MARK_READ,
      { ids: [mine[0].id, ...othersIds.map((r) => r.id), staff[0].id] },
      own,
    );
    expect(marked.data!.markNotificationsRead).toBe(1);
    const unread = await postGraphQL<{ myNotifications: { id: string }[] }>(url, MY_NOTIFICATIONS, { unreadOnly: true }, own);
    expect(unread.data!.myNotifications.map((n) => n.id).sort()).toEqual(
      mine
        .slice(1)
        .map((n) => n.id)
        .sort(),
    );
    expect((await sql.query(`SELECT count(*)::int AS n FROM notification_reads`))[0].n).toBe(1);
    expect(codeOf(await postGraphQL(url, STAFF_NOTIFICATIONS, {}, own))).toBe('FORBIDDEN');
  });

  it('shows another worker of the same member nothing of this worker, and refuses a worker of another member', async () => {
    // The same login now belongs to worker B (a relinked account): it must see B's things only.
    await sql.query(`UPDATE workers SET user_id = NULL WHERE id = $1`, [workerA]);
    await sql.query(`UPDATE workers SET user_id = $2 WHERE id = $1`, [workerB, workerSub]);
    try {
      const assignments = await postGraphQL<{ myAssignments: { id: string; taskTitle: string | null }[] }>(url, MY_ASSIGNMENTS, {}, own);
      expect(assignments.data!.myAssignments.map((a) => [a.id, a.taskTitle])).toEqual([[assignmentB, null]]);
      const entries = await postGraphQL<{ myTimeEntries: { workerId: string }[] }>(url, MY_ENTRIES, {}, own);
      expect(entries.data!.myTimeEntries.map((e) => e.workerId)).toEqual([workerB]);
      expect(codeOf(await postGraphQL(url, WORKER_ASSIGNMENTS, { workerId: workerA }, own))).toBe('FORBIDDEN');
      const notifications = await postGraphQL<{ myNotifications: { subjectId: string }[] }>(url, MY_NOTIFICATIONS, {}, own);
      expect(notifications.data!.myNotifications.map((n) => n.subjectId)).not.toContain(assignmentA);
      const profile = await postGraphQL<{ myProfile: { workerId: string; bankAccount: unknown } }>(url, MY_PROFILE, {}, own);
      expect(profile.data!.myProfile).toMatchObject({ workerId: workerB, bankAccount: null });
      const pay = await postGraphQL<{ myPayStatements: { workerId: string }[] }>(url, MY_PAY, {}, own);
      expect(pay.data!.myPayStatements.map((p) => p.workerId)).toEqual([workerB]);
    } finally {
      await sql.query(`UPDATE workers SET user_id = NULL WHERE id = $1`, [workerB]);
      await sql.query(`UPDATE workers SET user_id = $2 WHERE id = $1`, [workerA, workerSub]);
    }

    for (const query of [MY_ASSIGNMENTS, MY_ENTRIES, MY_PROFILE, MY_NOTIFICATIONS]) {
      const res = await postGraphQL(url, query, {}, foreign);
      expect(res.data ?? null).toBeNull();
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect(codeOf(await postGraphQL(url, WORKER_ASSIGNMENTS, { workerId: workerA }, foreign))).toBe('FORBIDDEN');
    // A director is not a worker: the own-view queries are the worker's.
    expect(codeOf(await postGraphQL(url, MY_ASSIGNMENTS, {}, director))).toBe('FORBIDDEN');
  });
});
