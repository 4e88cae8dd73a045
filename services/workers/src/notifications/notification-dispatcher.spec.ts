import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { gql, postGraphQL, startTestNode, TestNode, bearer, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
import { createWorkersApp, migrateWorkers } from '../workers-node';
import { NotificationDispatcher } from './notification-dispatcher';

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
const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

describe('notification mail delivery (outbox, PostgreSQL, local SMTP)', () => {
  let node: TestNode;
  let smtp: SMTPServer;
  let director: Record<string, string>;
  /** How many of the next messages the server refuses (a mail server that is briefly down). */
  let refuseNext = 0;
  const delivered: string[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          } else {
            delivered.push(session.envelope.rcptTo.map((r) => r.address).join(','));
            callback();
          }
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    director = await bearer('tateshina-director');
    node = await startTestNode({
      label: 'workers_notification_mail',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
          taskRequirements: new InMemoryTaskRequirements(OPEN_TASK),
          mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'no-reply@kyodo.test', staffAddress: null, retryIntervalMs: 600_000 },
        }),
    });
  });

  afterAll(async () => {
    await node?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
  });

  async function bookWorker(email?: string, userId?: string): Promise<string> {
    const input = {
      familyName: '小林',
      givenName: '誠',
      familyNameKana: 'コバヤシ',
      givenNameKana: 'マコト',
      monthlyHourCap: 80,
      weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 480 })),
      ...(email ? { email } : {}),
      ...(userId ? { userId } : {}),
    };
    const workerId = (await postGraphQL<{ registerWorker: { id: string } }>(node.url, REGISTER, { input }, director)).data!.registerWorker
      .id;
    await postGraphQL(node.url, ACTIVATE, { id: workerId }, director);
    const booked = await postGraphQL<{ createAssignment: { id: string } }>(
      node.url,
      ASSIGN,
      {
        input: {
          workerId,
          taskOrgId: 'tateshina',
          taskId: randomUUID(),
          periodFrom: '2025-06-02',
          periodTo: '2025-06-27',
          plannedMinutes: 60,
          hourlyRateYen: 1100,
        },
      },
      director,
    );
    expect(booked.errors).toBeUndefined();
    lastAssignment = booked.data!.createAssignment.id;
    return workerId;
  }
  let lastAssignment = '';
  const dispatcher = () => node.app.get(NotificationDispatcher);
  const stateOf = async (workerId: string) =>
    (
      await node.dataSource.query(
        `SELECT email_status AS status, email_attempts AS attempts, email_next_attempt_at > now() AS later FROM notifications WHERE recipient_worker_id = $1`,
        [workerId],
      )
    )[0] as { status: string; attempts: number; later: boolean | null };

  it('keeps a refused mail for a later attempt, then delivers it once, and sends none to a worker without an address', async () => {
    refuseNext = 1;
    const workerId = await bookWorker('retry@example.jp');
    await dispatcher().idle();
    expect(await stateOf(workerId)).toEqual({ status: 'PENDING', attempts: 1, later: true });
    expect(delivered).toEqual([]);

    // Its back-off has passed: the next pass (the sweep) delivers it, and a further pass sends nothing again.
    await node.dataSource.query(`UPDATE notifications SET email_next_attempt_at = now() WHERE recipient_worker_id = $1`, [workerId]);
    dispatcher().kick();
    await dispatcher().idle();
    dispatcher().kick();
    await dispatcher().idle();
    expect(await stateOf(workerId)).toEqual({ status: 'SENT', attempts: 2, later: null });
    expect(delivered).toEqual(['retry@example.jp']);

    const silent = await bookWorker();
    await dispatcher().idle();
    expect(await stateOf(silent)).toEqual({ status: 'NONE', attempts: 0, later: null });
    expect(delivered).toEqual(['retry@example.jp']);
  });

  it('gives up after five refusals and says so in the row', async () => {
    refuseNext = 5;
    const workerId = await bookWorker('down@example.jp');
    await dispatcher().idle();
    for (let attempt = 2; attempt <= 5; attempt++) {
      await node.dataSource.query(`UPDATE notifications SET email_next_attempt_at = now() WHERE recipient_worker_id = $1`, [workerId]);
      dispatcher().kick();
      await dispatcher().idle();
    }
    expect(await stateOf(workerId)).toEqual({ status: 'FAILED', attempts: 5, later: null });
    expect(delivered).not.toContain('down@example.jp');
  });

  it('makes one staff notice a day however many entries workers log at once (the unique index, not a read first)', async () => {
    await bookWorker(undefined, subOf(await tokenFor('tateshina-worker')));
    const worker = await bearer('tateshina-worker');
    const days = ['2025-06-02', '2025-06-03', '2025-06-04', '2025-06-05', '2025-06-06', '2025-06-09', '2025-06-10', '2025-06-11'];
    const logged = await Promise.all(
      days.map((workDate) =>
        postGraphQL(
          node.url,
          LOG,
          { input: { assignmentId: lastAssignment, workDate, minutes: 30, idempotencyKey: randomUUID() } },
          worker,
        ),
      ),
    );
    expect(logged.map((r) => r.errors)).toEqual(days.map(() => undefined));
    const notices: { n: number }[] = await node.dataSource.query(
      `SELECT count(*)::int AS n FROM notifications WHERE recipient_staff AND kind = 'TIME_ENTRIES_AWAITING_APPROVAL'`,
    );
    expect(notices).toEqual([{ n: 1 }]);
  });
});
