import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { tokyoToday } from '@kyodo/domain';
import { gql, pdfText, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
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
      workDate
      minutes
      status
      payMonth
      correctsEntryId
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
    returnTimeEntry(id: $id, comment: "30 分ではなく 90 分です") {
      status
    }
  }
`;
const CLOSE = gql`
  mutation ($month: String!) {
    closePayMonth(month: $month) {
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
  'month workerId minutes grossYen withholdingBaseYen withholdingYen netYen createdAt lines { assignmentId workedMonth adjustmentOf payBasis minutes quantity rateYen amountYen withholding }';
const STATEMENTS = gql`query ($month: String!) { payStatements(month: $month) { ${STATEMENT_FIELDS} } }`;
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
const WORK = gql`
  query ($workerId: ID!, $from: String!, $to: String!) {
    workCertificate(workerId: $workerId, from: $from, to: $to) {
      base64
    }
  }
`;
const PAYMENT = gql`
  query ($workerId: ID!, $from: String!, $to: String!) {
    paymentCertificate(workerId: $workerId, from: $from, to: $to) {
      base64
    }
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
/** A day `days` after today in Asia/Tokyo, YYYY-MM-DD. */
const tokyoDay = (days: number): string => tokyoToday(new Date(Date.now() + days * 86_400_000));
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** 2^53 + 1: the first integer a JavaScript number cannot hold. */
const PAST_2_53 = '9007199254740993';

describe('time and pay rules that hold whatever a client sends (issue #16: 4 and 7)', () => {
  const tasks = new InMemoryTaskRequirements(OPEN_TASK);
  let node: TestNode;
  let sql: DataSource;
  let own: string;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_pay_corrections',
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
    own = await worker({ userId: subOf(await tokenFor('tateshina-worker')) });
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
      familyName: '両角',
      givenName: '学',
      familyNameKana: 'モロズミ',
      givenNameKana: 'マナブ',
      monthlyHourCap: 200,
      weeklyAvailability: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, minutes: 600 })),
      ...extra,
    };
    const { registerWorker } = await ok<{ registerWorker: { id: string } }>(REGISTER, { input });
    await ok(ACTIVATE, { id: registerWorker.id });
    return registerWorker.id;
  }
  /** Withholding follows from the owner's task (issue #16), so `withholding` picks the task, never the input. */
  async function assignment(
    workerId: string,
    { withholding, ...pay }: Record<string, unknown>,
    periodFrom: string,
    periodTo: string,
  ): Promise<string> {
    const taskId = tasks.add('tateshina', randomUUID(), { withholding: withholding === true });
    const input = { workerId, taskOrgId: 'tateshina', taskId, periodFrom, periodTo, plannedMinutes: 600, ...pay };
    return (await ok<{ createAssignment: { id: string } }>(ASSIGN, { input })).createAssignment.id;
  }
  type Logged = { id: string; workDate: string; minutes: number; status: string; payMonth: string; correctsEntryId: string | null };
  const log = (input: Record<string, unknown>, as?: string) =>
    node.call<{ logTime: Logged }>(LOG, { input: { idempotencyKey: randomUUID(), ...input } }, as);
  const state = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM time_entries)::int AS entries, (SELECT count(*) FROM audit_log)::int AS audit,
                (SELECT coalesce(sum(minutes), 0) FROM worker_day_totals)::int AS day_minutes,
                (SELECT count(*) FROM pay_statement_lines)::int AS lines, (SELECT count(*) FROM closed_pay_months)::int AS months`,
      )
    )[0];
  /** Everything the API says of a closed month: its totals and every statement with its lines. */
  const closedMonth = async (month: string) => ({
    ...(await ok<object>(PAY_MONTH, { month })),
    ...(await ok<object>(STATEMENTS, { month })),
  });

  it('refuses hours for a day after today (Asia/Tokyo), in the service and in the database, and takes today', async () => {
    const id = await worker();
    const assignmentId = await assignment(id, { hourlyRateYen: 1_000 }, tokyoDay(-3), tokyoDay(30));
    const mine = await assignment(own, { hourlyRateYen: 1_000 }, tokyoDay(-3), tokyoDay(30));
    const before = await state();
    for (const [workDate, as] of [
      [tokyoDay(1), undefined],
      [tokyoDay(1), 'tateshina-admin'],
      [tokyoDay(29), undefined],
    ] as const) {
      const res = await log({ assignmentId, workDate, minutes: 60 }, as);
      expect([workDate, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([workDate, 'WORK_DATE_IN_FUTURE', null]);
    }
    // The worker's own future day is refused the same way.
    expect((await log({ assignmentId: mine, workDate: tokyoDay(2), minutes: 60 }, 'tateshina-worker')).errors?.[0].extensions?.code).toBe(
      'WORK_DATE_IN_FUTURE',
    );
    await expect(
      sql.query(
        `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, idempotency_key, logged_by) VALUES ('tateshina', $1, $2, $3, 30, $4, 'sql')`,
        [assignmentId, id, tokyoDay(1), randomUUID()],
      ),
    ).rejects.toThrow(/after today in Asia\/Tokyo/);
    expect(await state()).toEqual(before);
    const today = await log({ assignmentId, workDate: tokyoDay(0), minutes: 60 });
    expect(today.errors).toBeUndefined();
    expect(today.data!.logTime).toMatchObject({ workDate: tokyoDay(0), payMonth: tokyoDay(0).slice(0, 7), correctsEntryId: null });
  });

  describe('an entry returned after its month closed, corrected: paid next month as an adjustment naming April', () => {
    let hourly: string;
    let approvedApril: string;
    let late: string;
    let aprilBefore: object;
    let correction: Logged;

    beforeAll(async () => {
      hourly = await assignment(own, { hourlyRateYen: 1_200 }, '2025-04-01', '2025-05-31');
      approvedApril = (await log({ assignmentId: hourly, workDate: '2025-04-07', minutes: 120 })).data!.logTime.id;
      await ok(APPROVE, { id: approvedApril });
      // Still waiting for review when April's pay closes: not paid in April.
      late = (await log({ assignmentId: hourly, workDate: '2025-04-28', minutes: 30 }, 'tateshina-worker')).data!.logTime.id;
      await ok(CLOSE, { month: '2025-04' });
      aprilBefore = await closedMonth('2025-04');
      expect(aprilBefore).toMatchObject({ payMonth: { grossYen: '2400', statementCount: 1 } });
      expect((await ok<{ returnTimeEntry: { status: string } }>(RETURN, { id: late })).returnTimeEntry.status).toBe('RETURNED');
    });

    it('refuses what a careless or hostile client sends, writing nothing', async () => {
      const before = await state();
      const cases: [Record<string, unknown>, string][] = [
        // A plain new entry for the closed month is still refused: only a correction moves on.
        [{ assignmentId: hourly, workDate: '2025-04-28', minutes: 90 }, 'PAY_MONTH_CLOSED'],
        // A correction of an approved entry, of another day, of an unknown entry, of a SUBMITTED one.
        [{ assignmentId: hourly, workDate: '2025-04-07', minutes: 90, correctsEntryId: approvedApril }, 'CORRECTION_OF_UNRETURNED'],
        [{ assignmentId: hourly, workDate: '2025-04-29', minutes: 90, correctsEntryId: late }, 'CORRECTION_OF_UNRETURNED'],
        [{ assignmentId: hourly, workDate: '2025-04-28', minutes: 90, correctsEntryId: randomUUID() }, 'CORRECTION_OF_UNRETURNED'],
        [{ assignmentId: hourly, workDate: '2025-04-28', minutes: 90, correctsEntryId: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      ];
      for (const [input, code] of cases) {
        const res = await log(input, 'tateshina-worker');
        expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
      }
      // The database refuses a correction of an entry that was not returned, whoever inserts it.
      await expect(
        sql.query(
          `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, idempotency_key, logged_by, corrects_entry_id) VALUES ('tateshina', $1, $2, '2025-04-07', 30, $3, 'sql', $4)`,
          [hourly, own, randomUUID(), approvedApril],
        ),
      ).rejects.toThrow(/names a returned entry/);
      expect(await state()).toEqual(before);
    });

    it('logs the correction into May, once, and approves it there; April stays exactly as it was paid', async () => {
      const res = await log({ assignmentId: hourly, workDate: '2025-04-28', minutes: 90, correctsEntryId: late }, 'tateshina-worker');
      expect(res.errors).toBeUndefined();
      correction = res.data!.logTime;
      expect(correction).toMatchObject({
        workDate: '2025-04-28',
        minutes: 90,
        status: 'SUBMITTED',
        payMonth: '2025-05',
        correctsEntryId: late,
      });
      const before = await state();
      const again = await log({ assignmentId: hourly, workDate: '2025-04-28', minutes: 90, correctsEntryId: late }, 'tateshina-worker');
      expect(again.errors?.[0].extensions?.code).toBe('ALREADY_CORRECTED');
      expect(await state()).toEqual(before);
      expect((await ok<{ approveTimeEntry: { status: string } }>(APPROVE, { id: correction.id })).approveTimeEntry.status).toBe('APPROVED');
      // Where it is paid never changes, whoever writes.
      await expect(sql.query(`UPDATE time_entries SET pay_month = '2025-04-01' WHERE id = $1`, [correction.id])).rejects.toThrow();
      expect(await closedMonth('2025-04')).toEqual(aprilBefore);
    });

    it("puts it on May's statement as an adjustment line naming April, beside May's own work", async () => {
      await ok(APPROVE, { id: (await log({ assignmentId: hourly, workDate: '2025-05-12', minutes: 60 })).data!.logTime.id });
      const may = (await ok<{ closePayMonth: { grossYen: string; statementCount: number } }>(CLOSE, { month: '2025-05' })).closePayMonth;
      // 60 min at ¥1,200 of May, 90 min at ¥1,200 of April.
      expect(may).toMatchObject({ statementCount: 1, grossYen: '3000' });
      const { myPayStatements } = await ok<{ myPayStatements: { month: string; grossYen: string; minutes: number; lines: unknown[] }[] }>(
        MINE,
        {},
        'tateshina-worker',
      );
      const mayStatement = myPayStatements.find((s) => s.month === '2025-05')!;
      expect(mayStatement).toMatchObject({ grossYen: '3000', minutes: 150 });
      expect(mayStatement.lines).toEqual([
        {
          assignmentId: hourly,
          workedMonth: '2025-04',
          adjustmentOf: '2025-04',
          payBasis: 'HOURLY',
          minutes: 90,
          quantity: null,
          rateYen: '1200',
          amountYen: '1800',
          withholding: false,
        },
        {
          assignmentId: hourly,
          workedMonth: '2025-05',
          adjustmentOf: null,
          payBasis: 'HOURLY',
          minutes: 60,
          quantity: null,
          rateYen: '1200',
          amountYen: '1200',
          withholding: false,
        },
      ]);
      expect(await closedMonth('2025-04')).toEqual(aprilBefore);
    });

    it('counts the corrected hours in April, the month worked, on the work certificate', async () => {
      const { workCertificate } = await ok<{ workCertificate: { base64: string } }>(
        WORK,
        { workerId: own, from: '2025-04', to: '2025-05' },
        'tateshina-worker',
      );
      const text = flat(await pdfText(Buffer.from(workCertificate.base64, 'base64')));
      // April: 2 h on the 7th and the corrected 1 h 30 min on the 28th (the returned 30 min not); May: 1 h.
      expect(text).toMatch(/2025年4月 ?2日 ?3時間30分 ?2025年5月 ?1日 ?1時間00分 ?合計 ?3日 ?4時間30分/);
    });
  });

  it('refuses rates that are not whole yen within bounds, or lose digits as JSON numbers, writing nothing', async () => {
    const id = await worker();
    const before = await state();
    for (const pay of [
      { hourlyRateYen: '100001' },
      { hourlyRateYen: '-1' },
      { hourlyRateYen: '1100.5' },
      // A JSON number past 2^53, as a careless client sends it: it arrives already rounded.
      { hourlyRateYen: Number(PAST_2_53) },
      { payBasis: 'PIECE', pieceRateYen: '1000001' },
      { payBasis: 'PIECE', pieceRateYen: PAST_2_53 },
    ]) {
      const res = await node.call(ASSIGN, {
        input: {
          workerId: id,
          taskOrgId: 'tateshina',
          taskId: randomUUID(),
          periodFrom: '2025-01-06',
          periodTo: '2025-01-31',
          plannedMinutes: 60,
          ...pay,
        },
      });
      expect([pay, res.errors?.[0].extensions?.code]).toEqual([pay, 'BAD_USER_INPUT']);
    }
    expect(await state()).toEqual(before);
  });

  it('takes exactly one of 8 parallel corrections of one returned entry, enforced by the database', async () => {
    const id = await worker();
    const assignmentId = await assignment(id, { hourlyRateYen: 1_000 }, '2025-02-01', '2025-02-28');
    const returned = (await log({ assignmentId, workDate: '2025-02-14', minutes: 45 })).data!.logTime.id;
    await ok(CLOSE, { month: '2025-02' });
    await ok(RETURN, { id: returned });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => log({ assignmentId, workDate: '2025-02-14', minutes: 60, correctsEntryId: returned })),
    );
    const codes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'LOGGED'));
    expect(codes.sort()).toEqual([
      'ALREADY_CORRECTED',
      'ALREADY_CORRECTED',
      'ALREADY_CORRECTED',
      'ALREADY_CORRECTED',
      'ALREADY_CORRECTED',
      'ALREADY_CORRECTED',
      'ALREADY_CORRECTED',
      'LOGGED',
    ]);
    const [row] = await sql.query(
      `SELECT (SELECT count(*) FROM time_entries WHERE corrects_entry_id = $1)::int AS corrections,
              (SELECT minutes FROM worker_day_totals WHERE worker_id = $2 AND work_date = '2025-02-14') AS day`,
      [returned, id],
    );
    expect(row).toEqual({ corrections: 1, day: 60 });
    await expect(
      sql.query(
        `INSERT INTO time_entries (org_id, assignment_id, worker_id, work_date, minutes, idempotency_key, logged_by, corrects_entry_id) VALUES ('tateshina', $1, $2, '2025-02-14', 30, $3, 'sql', $4)`,
        [assignmentId, id, randomUUID(), returned],
      ),
    ).rejects.toThrow(/time_entries_corrects_once/);
  });

  it(`closes a month whose pay passes 2^31 and 2^53 (¥${PAST_2_53} a piece), exact in JSON, the audit log and the payment certificate`, async () => {
    const rich = await worker({ givenName: '富', givenNameKana: 'トミ' });
    const piece = await assignment(rich, { payBasis: 'PIECE', pieceRateYen: 1, withholding: true }, '2025-03-01', '2025-03-31');
    const over31 = await assignment(await worker(), { payBasis: 'PIECE', pieceRateYen: 1 }, '2025-03-01', '2025-03-31');
    // Rates past what the booking input allows, as an operator's data might hold them: set in the database.
    await sql.query(`UPDATE assignments SET piece_rate_yen = $2 WHERE id = $1`, [piece, PAST_2_53]);
    await sql.query(`UPDATE assignments SET piece_rate_yen = 2147483648 WHERE id = $1`, [over31]);
    for (const [assignmentId, quantity] of [
      [piece, 1],
      [piece, 2],
      [over31, 1],
    ] as const) {
      await ok(APPROVE, { id: (await log({ assignmentId, workDate: `2025-03-1${quantity}`, minutes: 60, quantity })).data!.logTime.id });
    }
    const before = await state();
    // The old bug: past ¥2,147,483,647 the close wrote its rows and answered INTERNAL_SERVER_ERROR.
    const closed = await node.call<{ closePayMonth: Record<string, unknown> }>(CLOSE, { month: '2025-03' });
    expect(closed.errors).toBeUndefined();
    // 3 × 9,007,199,254,740,993 + 2,147,483,648; withholding on the first worker's 27,021,597,764,222,979.
    const gross = 27_021_597_764_222_979n + 2_147_483_648n;
    const withholding = (1_000_000n * 1021n + (27_021_597_764_222_979n - 1_000_000n) * 2042n) / 10000n;
    expect(closed.data!.closePayMonth).toMatchObject({
      month: '2025-03',
      statementCount: 2,
      grossYen: gross.toString(),
      withholdingYen: withholding.toString(),
      netYen: (gross - withholding).toString(),
    });
    expect(await state()).toEqual({ ...before, months: before.months + 1, lines: before.lines + 2, audit: before.audit + 1 });
    // The raw JSON carries the digits as strings: no client's number parsing can round them.
    const raw = await fetch(`${node.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('tateshina-director')}` },
      body: JSON.stringify({ query: STATEMENTS, variables: { month: '2025-03' } }),
    });
    const body = await raw.text();
    expect(body).toContain(`"rateYen":"${PAST_2_53}"`);
    expect(body).toContain('"grossYen":"27021597764222979"');
    expect(body).toContain('"amountYen":"27021597764222979"');
    expect(body).toContain('"grossYen":"2147483648"');
    const [audit] = await sql.query(`SELECT detail FROM audit_log WHERE entity_id = 'tateshina:2025-03'`);
    expect(audit.detail).toMatchObject({ grossYen: gross.toString(), withholdingYen: withholding.toString() });
    // Closing again answers the same, exactly.
    expect((await ok<{ closePayMonth: object }>(CLOSE, { month: '2025-03' })).closePayMonth).toEqual(closed.data!.closePayMonth);
    const { paymentCertificate } = await ok<{ paymentCertificate: { base64: string } }>(PAYMENT, {
      workerId: rich,
      from: '2025-03',
      to: '2025-03',
    });
    const text = flat(await pdfText(Buffer.from(paymentCertificate.base64, 'base64')));
    const yen = (amount: bigint) => `${amount.toLocaleString('en-US')}円`;
    expect(text).toMatch(
      new RegExp(`2025年3月 ?${yen(27_021_597_764_222_979n)} ?${yen(withholding)} ?${yen(27_021_597_764_222_979n - withholding)}`),
    );
    expect(text).toMatch(new RegExp(`合計 ?${yen(27_021_597_764_222_979n)}`));
  });
});
