import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { gql, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
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
      payBasis
      hourlyRateYen
      pieceRateYen
      withholding
    }
  }
`;
const LOG = gql`
  mutation ($input: LogTimeInput!) {
    logTime(input: $input) {
      id
      quantity
    }
  }
`;
const APPROVE = gql`
  mutation ($id: ID!) {
    approveTimeEntry(id: $id) {
      status
    }
  }
`;
const RETURN = gql`
  mutation ($id: ID!) {
    returnTimeEntry(id: $id, comment: "やり直し") {
      status
    }
  }
`;
const CLOSE = gql`
  mutation ($orgId: String, $month: String!) {
    closePayMonth(orgId: $orgId, month: $month) {
      orgId
      month
      statementCount
      grossYen
      withholdingYen
      netYen
      closedAt
    }
  }
`;
const STATEMENT_FIELDS =
  'month workerId minutes grossYen withholdingBaseYen withholdingYen netYen lines { assignmentId workedMonth adjustmentOf payBasis minutes quantity rateYen amountYen withholding }';
const STATEMENTS = gql`query ($orgId: String, $month: String!) { payStatements(orgId: $orgId, month: $month) { ${STATEMENT_FIELDS} } }`;
const PAY_MONTH = gql`
  query ($month: String!) {
    payMonth(month: $month) {
      orgId
      month
      statementCount
      grossYen
      withholdingYen
      netYen
      closedAt
    }
  }
`;
const MINE = gql`query { myPayStatements { ${STATEMENT_FIELDS} } }`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
type PayMonth = {
  orgId: string;
  month: string;
  statementCount: number;
  grossYen: string;
  withholdingYen: string;
  netYen: string;
  closedAt: string;
};

describe('monthly pay close (支払締め) against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_pay',
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
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  async function ok<T>(document: string, variables: Record<string, unknown>, as?: string): Promise<T> {
    const res = await node.call<T>(document, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  async function worker(extra: Record<string, unknown> = {}): Promise<string> {
    const input = {
      familyName: '宮坂',
      givenName: '陽',
      familyNameKana: 'ミヤサカ',
      givenNameKana: 'ヨウ',
      monthlyHourCap: 200,
      weeklyAvailability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, minutes: 480 })),
      ...extra,
    };
    const { registerWorker } = await ok<{ registerWorker: { id: string } }>(REGISTER, { input });
    await ok(ACTIVATE, { id: registerWorker.id });
    return registerWorker.id;
  }
  /** `withholding` is not sent: it picks a task whose business category the owner set to withhold (源泉徴収). */
  async function assignment(
    workerId: string,
    { withholding, ...pay }: Record<string, unknown>,
    periodFrom = '2025-06-01',
    periodTo = '2025-12-31',
  ): Promise<string> {
    const taskId = withholding ? everyTask.add('tateshina', randomUUID(), { withholding: true }) : randomUUID();
    const input = { workerId, taskOrgId: 'tateshina', taskId, periodFrom, periodTo, plannedMinutes: 600, ...pay };
    return (await ok<{ createAssignment: { id: string } }>(ASSIGN, { input })).createAssignment.id;
  }
  async function log(assignmentId: string, workDate: string, minutes: number, quantity?: number): Promise<string> {
    return (
      await ok<{ logTime: { id: string } }>(LOG, { input: { assignmentId, workDate, minutes, quantity, idempotencyKey: randomUUID() } })
    ).logTime.id;
  }
  async function approved(assignmentId: string, workDate: string, minutes: number, quantity?: number): Promise<string> {
    const id = await log(assignmentId, workDate, minutes, quantity);
    await ok(APPROVE, { id });
    return id;
  }
  const close = (month: string, as?: string) => node.call<{ closePayMonth: PayMonth }>(CLOSE, { month }, as);
  const counts = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM closed_pay_months)::int AS months, (SELECT count(*) FROM pay_statements)::int AS statements,
                (SELECT count(*) FROM pay_statement_lines)::int AS lines, (SELECT count(*) FROM audit_log)::int AS audit`,
      )
    )[0];
  const paidMinutes = async (month: string): Promise<number> =>
    Number((await sql.query(`SELECT coalesce(sum(minutes), 0) AS m FROM pay_statements WHERE month = $1`, [`${month}-01`]))[0].m);
  const approvedMinutes = async (month: string): Promise<number> =>
    Number(
      (
        await sql.query(
          `SELECT coalesce(sum(minutes), 0) AS m FROM time_entries WHERE status = 'APPROVED' AND date_trunc('month', work_date) = $1::date`,
          [`${month}-01`],
        )
      )[0].m,
    );

  describe('June 2025: hourly and piece work, withholding on the flagged assignments, edges at ¥1,000,000', () => {
    let own: string;
    let hourlyA: string;
    let pieceA: string;
    let pending: string;
    let june: PayMonth;

    beforeAll(async () => {
      own = await worker({ userId: subOf(await tokenFor('tateshina-worker')) });
      hourlyA = await assignment(own, { hourlyRateYen: 1_100 });
      pieceA = await assignment(own, { payBasis: 'PIECE', pieceRateYen: 5, withholding: true });
      await approved(hourlyA, '2025-06-02', 240);
      await approved(hourlyA, '2025-06-03', 360);
      pending = await log(hourlyA, '2025-06-04', 60);
      await ok(RETURN, { id: await log(hourlyA, '2025-06-05', 120) });
      await approved(hourlyA, '2025-07-01', 60);
      await approved(pieceA, '2025-06-10', 120, 300);
      await approved(pieceA, '2025-06-11', 60, 200);
      // Exactly ¥1,000,000 subject to withholding, and ¥1,000,001.
      const million = await worker();
      await approved(await assignment(million, { payBasis: 'PIECE', pieceRateYen: 1_000_000, withholding: true }), '2025-06-16', 60, 1);
      const overMillion = await worker();
      await approved(await assignment(overMillion, { payBasis: 'PIECE', pieceRateYen: 1_000_000, withholding: true }), '2025-06-16', 60, 1);
      await approved(await assignment(overMillion, { hourlyRateYen: 1, withholding: true }), '2025-06-17', 60);

      const res = await close('2025-06');
      expect(res.errors).toBeUndefined();
      june = res.data!.closePayMonth;
    });

    it('writes one statement per worker, priced, withheld and totalled, and audits the close', async () => {
      // 13,500 + 1,000,000 + 1,000,001; withholding 255 (10.21% of 2,500) + 102,100 + 102,100.
      expect(june).toMatchObject({
        orgId: 'tateshina',
        month: '2025-06',
        statementCount: 3,
        grossYen: '2013501',
        withholdingYen: '204455',
        netYen: '1809046',
      });
      const { payStatements } = await ok<{
        payStatements: { workerId: string; grossYen: string; withholdingYen: string; netYen: string; lines: unknown[] }[];
      }>(STATEMENTS, { month: '2025-06' });
      expect(payStatements.map((s) => [s.grossYen, s.withholdingYen, s.netYen]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        ['13500', '255', '13245'],
        ['1000000', '102100', '897900'],
        ['1000001', '102100', '897901'],
      ]);
      const audit = await sql.query(`SELECT action, entity_id, detail FROM audit_log WHERE entity_type = 'PayMonth'`);
      expect(audit).toEqual([
        {
          action: 'pay-month.close',
          entity_id: 'tateshina:2025-06',
          detail: { statementCount: 3, grossYen: '2013501', withholdingYen: '204455', netYen: '1809046' },
        },
      ]);
    });

    it("shows the worker their own statement with its lines, and staff everyone's", async () => {
      const { myPayStatements } = await ok<{ myPayStatements: unknown[] }>(MINE, {}, 'tateshina-worker');
      const mine = {
        month: '2025-06',
        workerId: own,
        minutes: 780,
        grossYen: '13500',
        withholdingBaseYen: '2500',
        withholdingYen: '255',
        netYen: '13245',
        lines: expect.arrayContaining([
          {
            assignmentId: hourlyA,
            workedMonth: '2025-06',
            adjustmentOf: null,
            payBasis: 'HOURLY',
            minutes: 600,
            quantity: null,
            rateYen: '1100',
            amountYen: '11000',
            withholding: false,
          },
          {
            assignmentId: pieceA,
            workedMonth: '2025-06',
            adjustmentOf: null,
            payBasis: 'PIECE',
            minutes: 180,
            quantity: 500,
            rateYen: '5',
            amountYen: '2500',
            withholding: true,
          },
        ]),
      };
      expect(myPayStatements).toEqual([mine]);
      const { payStatements } = await ok<{ payStatements: unknown[] }>(STATEMENTS, { month: '2025-06' }, 'tateshina-admin');
      expect(payStatements).toContainEqual(mine);
      // Another member's staff and the worker role are refused the org's statements.
      for (const as of ['tateshina-worker', 'shiojiri-director'])
        expect((await node.call(STATEMENTS, { month: '2025-06' }, as)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      // A worker of another member has no statements here: their role counts at their own node only.
      expect((await node.call(MINE, {}, 'shiojiri-worker')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('changes nothing when closed again, in sequence or in parallel', async () => {
      const before = await counts();
      expect((await close('2025-06')).data!.closePayMonth).toEqual(june);
      const parallel = await Promise.all(Array.from({ length: 8 }, () => close('2025-06')));
      expect(parallel.map((r) => r.data?.closePayMonth)).toEqual(Array(8).fill(june));
      expect(await counts()).toEqual(before);
    });

    it('takes no new entry and no approval dated in a closed month, in the service and in the database', async () => {
      const before = await counts();
      const late = await node.call(LOG, {
        input: { assignmentId: hourlyA, workDate: '2025-06-30', minutes: 60, idempotencyKey: randomUUID() },
      });
      expect(late.errors?.[0].extensions).toMatchObject({ code: 'PAY_MONTH_CLOSED', details: { month: '2025-06' } });
      expect((await node.call(APPROVE, { id: pending })).errors?.[0].extensions?.code).toBe('PAY_MONTH_CLOSED');
      await expect(
        sql.query(
          `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, idempotency_key, logged_by) VALUES ('tateshina', $1, $2, '2025-06-20', 30, $3, 'sql')`,
          [hourlyA, own, randomUUID()],
        ),
      ).rejects.toThrow(/pay month 2025-06 of tateshina is closed/);
      await expect(sql.query(`UPDATE time_entries SET status = 'APPROVED' WHERE id = $1`, [pending])).rejects.toThrow(/is closed/);
      expect(await counts()).toEqual(before);
      // A late entry can still be returned (it changes no pay); the next month stays open.
      expect((await ok<{ returnTimeEntry: { status: string } }>(RETURN, { id: pending })).returnTimeEntry.status).toBe('RETURNED');
      expect(await log(hourlyA, '2025-07-02', 30)).toEqual(expect.any(String));
    });

    it('keeps closed months and statements final against any writer', async () => {
      for (const statement of [
        `UPDATE pay_statements SET net_yen = net_yen + 1`,
        `DELETE FROM pay_statement_lines`,
        `DELETE FROM closed_pay_months`,
        `TRUNCATE pay_statements CASCADE`,
      ]) {
        await expect(sql.query(statement)).rejects.toThrow(/is final/);
      }
      // A statement that does not add up to its lines never commits.
      await expect(
        sql.query(
          `INSERT INTO pay_statements (org_id, month, worker_id, minutes, gross_yen, withholding_base_yen, withholding_yen, net_yen) VALUES ('tateshina', '2025-06-01', $1, 0, 5, 0, 0, 5)`,
          [randomUUID()],
        ),
      ).rejects.toThrow();
      await expect(
        sql.transaction(async (m) => {
          // Another worker's statement, given one more line of an assignment it does not hold yet.
          const [{ id }] = await m.query(`SELECT id FROM pay_statements WHERE worker_id <> $1 LIMIT 1`, [own]);
          await m.query(
            `INSERT INTO pay_statement_lines (statement_id, assignment_id, worked_month, pay_basis, minutes, rate_yen, amount_yen, withholding) VALUES ($1, $2, '2025-06-01', 'HOURLY', 60, 1000, 1000, false)`,
            [id, hourlyA],
          );
        }),
      ).rejects.toThrow(/does not add up to its lines/);
    });
  });

  it('refuses with a code, writing nothing: a month not yet ended, a bad month, the wrong node, the wrong role, another org', async () => {
    const before = await counts();
    const thisMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' }).format(new Date());
    for (const [variables, code, as] of [
      [{ month: thisMonth }, 'MONTH_NOT_ENDED', undefined],
      [{ month: '2099-01' }, 'MONTH_NOT_ENDED', undefined],
      [{ month: '2025-13' }, 'BAD_USER_INPUT', undefined],
      [{ month: '2025-6' }, 'BAD_USER_INPUT', undefined],
      [{ month: '2025-05', orgId: 'shiojiri' }, 'WRONG_NODE', undefined],
      [{ month: '2025-05' }, 'FORBIDDEN', 'tateshina-worker'],
      [{ month: '2025-05' }, 'FORBIDDEN', 'shiojiri-director'],
      [{ month: '2025-05' }, 'FORBIDDEN', 'consortium-admin'],
    ] as const) {
      const res = await node.call(CLOSE, variables, as);
      expect([variables, as, res.errors?.[0].extensions?.code]).toEqual([variables, as, code]);
    }
    expect(await counts()).toEqual(before);
  });

  it('logs a quantity exactly for piece work, refused with a code otherwise, in the service and in the database', async () => {
    const id = await worker();
    const hourly = await assignment(id, { hourlyRateYen: 1_000 });
    const piece = await assignment(id, { payBasis: 'PIECE', pieceRateYen: 8 });
    const withheldTask = everyTask.add('tateshina', randomUUID(), { withholding: true });
    expect(
      (
        await ok<{ createAssignment: unknown }>(ASSIGN, {
          input: {
            workerId: id,
            taskOrgId: 'tateshina',
            taskId: withheldTask,
            periodFrom: '2025-06-01',
            periodTo: '2025-06-30',
            plannedMinutes: 60,
            payBasis: 'PIECE',
            pieceRateYen: 8,
          },
        })
      ).createAssignment,
    ).toEqual(expect.objectContaining({ payBasis: 'PIECE', hourlyRateYen: null, pieceRateYen: '8', withholding: true }));
    const before = await counts();
    const entries = Number((await sql.query(`SELECT count(*) AS n FROM time_entries`))[0].n);
    for (const input of [{ assignmentId: hourly, quantity: 10 }, { assignmentId: piece }, { assignmentId: piece, quantity: 0 }]) {
      const res = await node.call(LOG, { input: { workDate: '2025-12-01', minutes: 60, idempotencyKey: randomUUID(), ...input } });
      expect([input, res.errors?.[0].extensions?.code]).toEqual([input, input.quantity === 0 ? 'BAD_USER_INPUT' : 'QUANTITY_OF_PAY_BASIS']);
    }
    await expect(
      sql.query(
        `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, idempotency_key, logged_by) VALUES ('tateshina', $1, $2, '2025-12-01', 30, $3, 'sql')`,
        [piece, id, randomUUID()],
      ),
    ).rejects.toThrow(/quantity exactly when its assignment pays per piece/);
    expect([await counts(), Number((await sql.query(`SELECT count(*) AS n FROM time_entries`))[0].n)]).toEqual([before, entries]);
    expect(
      (
        await ok<{ logTime: { quantity: number } }>(LOG, {
          input: { assignmentId: piece, workDate: '2025-12-01', minutes: 60, quantity: 40, idempotencyKey: randomUUID() },
        })
      ).logTime.quantity,
    ).toBe(40);
  });

  it('leaves nothing of a close that fails midway: one transaction', async () => {
    const id = await worker();
    const hourly = await assignment(id, { hourlyRateYen: 1_000 });
    await approved(hourly, '2025-08-04', 120);
    const before = await counts();
    // The statements are written when the lines fail: the whole close must roll back.
    await sql.query(
      `CREATE FUNCTION fail_mid_close() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'forced failure mid-close'; END $$`,
    );
    await sql.query(
      `CREATE TRIGGER fail_mid_close BEFORE INSERT ON pay_statement_lines FOR EACH STATEMENT EXECUTE FUNCTION fail_mid_close()`,
    );
    try {
      const failed = await close('2025-08');
      expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await counts()).toEqual(before);
      expect((await ok<{ payMonth: unknown }>(PAY_MONTH, { month: '2025-08' })).payMonth).toBeNull();
      // Still open: it takes entries.
      expect(await log(hourly, '2025-08-05', 30)).toEqual(expect.any(String));
    } finally {
      await sql.query(`DROP TRIGGER fail_mid_close ON pay_statement_lines`);
      await sql.query(`DROP FUNCTION fail_mid_close()`);
    }
    const august = (await close('2025-08')).data!.closePayMonth;
    expect(august).toMatchObject({ statementCount: 1, grossYen: '2000' });
    expect((await ok<{ payMonth: unknown }>(PAY_MONTH, { month: '2025-08' })).payMonth).toEqual(august);
  });

  describe('a close racing with approvals, on real parallel connections', () => {
    let hourly: string;

    beforeAll(async () => {
      hourly = await assignment(await worker(), { hourlyRateYen: 1_200 });
    });

    it('pays an approval that took the month first: the close waits for it to commit', async () => {
      const entry = await log(hourly, '2025-09-01', 90);
      const approver = sql.createQueryRunner();
      await approver.connect();
      await approver.startTransaction();
      try {
        await approver.query(`UPDATE time_entries SET status = 'APPROVED', reviewed_by = 'race', reviewed_at = now() WHERE id = $1`, [
          entry,
        ]);
        let settled = false;
        const closing = close('2025-09').then((res) => ((settled = true), res));
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(settled).toBe(false);
        await approver.commitTransaction();
        expect((await closing).data!.closePayMonth).toMatchObject({ statementCount: 1, grossYen: '1800' });
      } finally {
        await approver.release();
      }
      expect(await paidMinutes('2025-09')).toBe(await approvedMinutes('2025-09'));
    });

    it('refuses an approval that comes after the close took the month: it waits, then finds the month closed', async () => {
      const entry = await log(hourly, '2025-10-01', 90);
      const closer = sql.createQueryRunner();
      await closer.connect();
      await closer.startTransaction();
      try {
        // What closePayMonth does first, held open here.
        await closer.query(`SELECT pay_month_lock('tateshina', '2025-10-01', true)`);
        await closer.query(`INSERT INTO closed_pay_months (org_id, month, closed_by) VALUES ('tateshina', '2025-10-01', 'race')`);
        let settled = false;
        const approving = node.call(APPROVE, { id: entry }).then((res) => ((settled = true), res));
        await new Promise((resolve) => setTimeout(resolve, 400));
        expect(settled).toBe(false);
        await closer.commitTransaction();
        expect((await approving).errors?.[0].extensions?.code).toBe('PAY_MONTH_CLOSED');
      } finally {
        await closer.release();
      }
      expect(await approvedMinutes('2025-10')).toBe(0);
    });

    it('pays exactly the approved minutes when 20 approvals and new entries race one close', async () => {
      const entries = await Promise.all(Array.from({ length: 20 }, (_, i) => log(hourly, `2025-11-${String(i + 1).padStart(2, '0')}`, 30)));
      const approvals = entries.map((id) => node.call(APPROVE, { id }));
      const closing = close('2025-11');
      const late = Array.from({ length: 5 }, (_, i) =>
        node.call(LOG, { input: { assignmentId: hourly, workDate: `2025-11-2${i + 1}`, minutes: 15, idempotencyKey: randomUUID() } }),
      );
      const [closed, ...results] = await Promise.all([closing, ...approvals, ...late]);
      expect(closed.errors).toBeUndefined();
      const codes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'DONE'));
      expect(codes.filter((c) => c !== 'DONE' && c !== 'PAY_MONTH_CLOSED')).toEqual([]);
      const approvedCount = codes.slice(0, 20).filter((c) => c === 'DONE').length;
      expect(await approvedMinutes('2025-11')).toBe(approvedCount * 30);
      expect(await paidMinutes('2025-11')).toBe(approvedCount * 30);
    });
  });
});
