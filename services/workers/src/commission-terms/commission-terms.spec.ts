import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { tokyoToday } from '@kyodo/domain';
import { gql, pdfText, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { InMemoryTaskRequirements, OPEN_TASK } from '../assignments/in-memory-task-requirements';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { addMonths } from '../pay-calendar/pay-calendar';
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
const APPROVE = gql`
  mutation ($id: ID!) {
    approveTimeEntry(id: $id) {
      status
    }
  }
`;
const CLOSE = gql`
  mutation ($month: String!) {
    closePayMonth(month: $month) {
      month
      netYen
      warnings {
        code
        paymentDate
        legalDeadline
      }
    }
  }
`;
const STATEMENTS = gql`
  query ($month: String!) {
    payStatements(month: $month) {
      workerId
      netYen
    }
  }
`;
const SET_MY_BANK = gql`
  mutation ($input: BankAccountInput!) {
    setMyBankAccount(input: $input) {
      workerId
    }
  }
`;
const SET_WORKER_BANK = gql`
  mutation ($workerId: ID!, $input: BankAccountInput!) {
    setWorkerBankAccount(workerId: $workerId, input: $input) {
      accountNumberLast3
    }
  }
`;
const SET_PAY = gql`
  mutation ($orgId: String, $input: SetPaySettingsInput!) {
    setPaySettings(orgId: $orgId, input: $input) {
      orgId
      closingDay
      paymentMonthOffset
      paymentDay
      calendarText
      accountType
    }
  }
`;
const PAY_SETTINGS = gql`
  query {
    paySettings {
      closingDay
      paymentDay
      calendarText
    }
  }
`;
const TERMS_FIELDS =
  'id assignmentId workerId version sha256 acceptedAt acceptedBy commissioner commissionedOn workDescription payBasis rateYen paymentRule paymentDates { month closingDate paymentDate } deliveryDate deliveryPlace';
const ISSUE = gql`mutation ($input: IssueCommissionTermsInput!) { issueCommissionTerms(input: $input) { ${TERMS_FIELDS} } }`;
const ACCEPT = gql`mutation ($id: ID!, $sha256: String!) { acceptCommissionTerms(id: $id, sha256: $sha256) { ${TERMS_FIELDS} } }`;
const TERMS = gql`
  query ($assignmentId: ID!) {
    commissionTerms(assignmentId: $assignmentId) {
      id
      version
      acceptedAt
    }
  }
`;
const MY_TERMS = gql`query { myCommissionTerms { ${TERMS_FIELDS} } }`;
const TERMS_PDF = gql`
  query ($id: ID!) {
    commissionTermsPdf(id: $id) {
      filename
      contentType
      byteLength
      base64
    }
  }
`;
const ISSUE_BASIC = gql`
  mutation ($input: IssueBasicContractInput!) {
    issueBasicContract(input: $input) {
      id
      workerId
      version
      title
      sha256
      acceptedAt
    }
  }
`;
const ACCEPT_BASIC = gql`
  mutation ($id: ID!, $sha256: String!) {
    acceptBasicContract(id: $id, sha256: $sha256) {
      id
      version
      acceptedAt
      acceptedBy
    }
  }
`;
const BASIC = gql`
  query ($workerId: ID!) {
    basicContracts(workerId: $workerId) {
      id
      version
      acceptedAt
    }
  }
`;
const MY_BASIC = gql`
  query {
    myBasicContracts {
      id
      version
      title
      body
      acceptedAt
    }
  }
`;
const TRANSFER = gql`
  query ($month: String!) {
    payTransferFile(month: $month) {
      filename
      contentType
      byteLength
      base64
      transferDate
      transferCount
      totalYen
    }
  }
`;

/** Every task is open, with no requirements and no withholding: the terms read the assignment's own. */
const everyTask = new InMemoryTaskRequirements(OPEN_TASK);

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;

/** 末日締め翌月末日払い, paid from 立科町's account at みずほ. */
const PAY_SETTINGS_INPUT = {
  closingDay: 31,
  paymentMonthOffset: 1,
  paymentDay: 31,
  consignorCode: '1234567890',
  consignorNameKana: 'タテシナチョウ',
  bankCode: '0001',
  bankNameKana: 'ミズホ',
  branchCode: '123',
  branchNameKana: 'サクダイラ',
  accountType: 'ORDINARY',
  accountNumber: '7654321',
};

type Terms = {
  id: string;
  assignmentId: string;
  workerId: string;
  version: number;
  sha256: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  commissioner: string;
  commissionedOn: string;
  workDescription: string;
  payBasis: string;
  rateYen: string;
  paymentRule: string;
  paymentDates: { month: string; closingDate: string; paymentDate: string }[];
  deliveryDate: string;
  deliveryPlace: string;
};

describe('作業委託契約, pay calendar, basic contract and Zengin transfer file against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  let workerSub: string;
  /** Linked to tateshina-worker's login. */
  let own: string;
  /** Another worker of the same member, without a login of the tests. */
  let other: string;
  let ownAssignment: string;
  let otherAssignment: string;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_terms',
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
    workerSub = subOf(await tokenFor('tateshina-worker'));
    const worker = async (input: Record<string, unknown>) => {
      const { registerWorker } = await ok<{ registerWorker: { id: string } }>(REGISTER, {
        input: {
          familyName: '宮坂',
          givenName: '陽',
          familyNameKana: 'ミヤサカ',
          givenNameKana: 'ヨウ',
          monthlyHourCap: 100,
          weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 360 })),
          ...input,
        },
      });
      await ok(ACTIVATE, { id: registerWorker.id });
      return registerWorker.id;
    };
    own = await worker({ userId: workerSub });
    other = await worker({ familyName: '蓼科', givenName: '次郎', familyNameKana: 'タテシナ', givenNameKana: 'ジロウ' });
    const assign = async (workerId: string) =>
      (
        await ok<{ createAssignment: { id: string } }>(ASSIGN, {
          input: {
            workerId,
            taskOrgId: 'tateshina',
            taskId: everyTask.add('tateshina', randomUUID(), { withholding: false }),
            periodFrom: '2025-06-02',
            periodTo: '2025-07-31',
            plannedMinutes: 1200,
            payBasis: 'HOURLY',
            hourlyRateYen: 1_100,
          },
        })
      ).createAssignment.id;
    ownAssignment = await assign(own);
    otherAssignment = await assign(other);
    // Before the member sets a pay calendar, hours are logged as before (the rule binds from then on).
    const { logTime } = await ok<{ logTime: { id: string } }>(LOG, {
      input: { assignmentId: otherAssignment, workDate: '2025-06-03', minutes: 125, idempotencyKey: randomUUID() },
    });
    await ok(APPROVE, { id: logTime.id });
  });

  afterAll(async () => {
    await node?.close();
  });

  async function ok<T>(document: string, variables: Record<string, unknown> = {}, as?: string): Promise<T> {
    const res = await node.call<T>(document, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data!;
  }
  const codeOf = async (document: string, variables: Record<string, unknown>, as?: string) => {
    const res = await node.call(document, variables, as);
    return [res.errors?.[0]?.extensions?.code ?? null, res.data ?? null];
  };
  const audited = async () => Number((await sql.query(`SELECT count(*) AS n FROM audit_log`))[0].n);
  const issue = (assignmentId: string, extra: Record<string, unknown> = {}) =>
    ok<{ issueCommissionTerms: Terms }>(ISSUE, {
      input: {
        assignmentId,
        workDescription: '住民アンケート（紙）1,200件の入力と読み合わせ',
        deliveryPlace: 'Kyodo上での作業実績の登録（電子納品）',
        ...extra,
      },
    });
  const logOwn = (workDate: string, as = 'tateshina-worker') =>
    node.call<{ logTime: { id: string } }>(
      LOG,
      { input: { assignmentId: ownAssignment, workDate, minutes: 150, idempotencyKey: randomUUID() } },
      as,
    );

  describe('pay calendar (締め日・支払日)', () => {
    it('refuses a calendar that misses the 60 days, or is set by anyone but an org admin, writing nothing', async () => {
      const before = await audited();
      for (const [input, code, as] of [
        [{ ...PAY_SETTINGS_INPUT, paymentMonthOffset: 2 }, 'PAYMENT_OVER_60_DAYS', 'tateshina-admin'],
        [{ ...PAY_SETTINGS_INPUT, paymentMonthOffset: 0, paymentDay: 25 }, 'PAYMENT_BEFORE_CLOSING', 'tateshina-admin'],
        [{ ...PAY_SETTINGS_INPUT, bankCode: '12a4' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...PAY_SETTINGS_INPUT, consignorNameKana: '立科町' }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [{ ...PAY_SETTINGS_INPUT, closingDay: 32 }, 'BAD_USER_INPUT', 'tateshina-admin'],
        [PAY_SETTINGS_INPUT, 'FORBIDDEN', 'tateshina-director'],
        [PAY_SETTINGS_INPUT, 'FORBIDDEN', 'tateshina-worker'],
        [PAY_SETTINGS_INPUT, 'FORBIDDEN', 'shiojiri-admin'],
      ] as const) {
        expect([input, as, await codeOf(SET_PAY, { input }, as)]).toEqual([input, as, [code, null]]);
      }
      const res = await node.call(SET_PAY, { input: { ...PAY_SETTINGS_INPUT, paymentMonthOffset: 2 } }, 'tateshina-admin');
      expect(res.errors?.[0].extensions?.details).toMatchObject({ code: 'PAYMENT_OVER_60_DAYS', days: 61 });
      expect([await audited(), await sql.query(`SELECT * FROM pay_settings`)]).toEqual([before, []]);
    });

    it('issues no terms before the calendar is set: they state the payment date', async () => {
      expect(await codeOf(ISSUE, { input: { assignmentId: ownAssignment, workDescription: 'x', deliveryPlace: 'y' } })).toEqual([
        'PAY_CALENDAR_NOT_SET',
        null,
      ]);
    });

    it('lets the org admin set it, audited with before and after', async () => {
      const first = await ok<{ setPaySettings: Record<string, unknown> }>(
        SET_PAY,
        { input: { ...PAY_SETTINGS_INPUT, paymentDay: 25 } },
        'tateshina-admin',
      );
      expect(first.setPaySettings).toEqual({
        orgId: 'tateshina',
        closingDay: 31,
        paymentMonthOffset: 1,
        paymentDay: 25,
        calendarText: '毎月末日締め、翌月25日払い',
        accountType: 'ORDINARY',
      });
      await ok(SET_PAY, { input: PAY_SETTINGS_INPUT }, 'tateshina-admin');
      expect((await ok<{ paySettings: unknown }>(PAY_SETTINGS, {}, 'tateshina-director')).paySettings).toEqual({
        closingDay: 31,
        paymentDay: 31,
        calendarText: '毎月末日締め、翌月末日払い',
      });
      const audit = await sql.query(`SELECT actor_id, entity_id, detail FROM audit_log WHERE action = 'pay-settings.set' ORDER BY id`);
      expect(audit).toHaveLength(2);
      expect(audit[0]).toMatchObject({ entity_id: 'tateshina', detail: { before: null, after: { paymentDay: 25 } } });
      expect(audit[1]).toMatchObject({ detail: { before: { paymentDay: 25, accountNumber: '7654321' }, after: { paymentDay: 31 } } });
    });
  });

  describe('作業委託契約 per assignment', () => {
    let v1: Terms;

    it('refuses hours on an assignment whose terms are not issued or not accepted, for the worker and for staff', async () => {
      const before = await audited();
      expect((await logOwn('2025-06-02')).errors?.[0].extensions?.code).toBe('COMMISSION_TERMS_NOT_ACCEPTED');
      v1 = (await issue(ownAssignment)).issueCommissionTerms;
      for (const as of ['tateshina-worker', 'tateshina-director']) {
        const res = await logOwn('2025-06-02', as);
        expect([as, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.details]).toEqual([
          as,
          'COMMISSION_TERMS_NOT_ACCEPTED',
          { assignmentId: ownAssignment, version: 1 },
        ]);
      }
      expect(Number((await sql.query(`SELECT count(*) AS n FROM time_entries WHERE assignment_id = $1`, [ownAssignment]))[0].n)).toBe(0);
      expect(await audited()).toBe(before + 1); // the issue only
    });

    it('states the act’s terms from the node’s own data, and the worker sees them as a Japanese PDF', async () => {
      expect(v1).toMatchObject({
        assignmentId: ownAssignment,
        workerId: own,
        version: 1,
        acceptedAt: null,
        commissioner: '立科町',
        commissionedOn: tokyoToday(),
        payBasis: 'HOURLY',
        rateYen: '1100',
        paymentRule: '毎月末日締め、翌月末日払い',
        paymentDates: [
          { month: '2025-06', closingDate: '2025-06-30', paymentDate: '2025-07-31' },
          { month: '2025-07', closingDate: '2025-07-31', paymentDate: '2025-08-31' },
        ],
        deliveryDate: '2025-07-31',
      });
      expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await ok<{ myCommissionTerms: Terms[] }>(MY_TERMS, {}, 'tateshina-worker')).myCommissionTerms).toEqual([v1]);
      const { commissionTermsPdf: file } = await ok<{
        commissionTermsPdf: { filename: string; contentType: string; byteLength: number; base64: string };
      }>(TERMS_PDF, { id: v1.id }, 'tateshina-worker');
      const bytes = Buffer.from(file.base64, 'base64');
      expect([file.filename, file.contentType, file.byteLength, bytes.subarray(0, 5).toString('latin1')]).toEqual([
        `commission-terms-${ownAssignment}-v1.pdf`,
        'application/pdf',
        bytes.length,
        '%PDF-',
      ]);
      // Line wrapping puts breaks anywhere in a long value: compare without whitespace.
      const text = (await pdfText(bytes)).replace(/\s+/g, '');
      for (const expected of [
        '作業委託契約（取引条件明示書）',
        '第1版',
        '特定受託事業者に係る取引の適正化等に関する法律第3条',
        '委託者 立科町',
        '受託者 宮坂 陽',
        `委託日 ${Number(tokyoToday().slice(0, 4))}年`,
        '業務の内容 住民アンケート（紙）1,200件の入力と読み合わせ',
        '作業期間 2025年6月2日 〜 2025年7月31日',
        '時間単価 1,100円 × 承認された作業時間（予定 20時間00分 の場合 22,000円）',
        '源泉徴収の対象外です。',
        '支払期日 毎月末日締め、翌月末日払い 2025年6月分：2025年7月31日 2025年7月分：2025年8月31日',
        '給付の受領期日 2025年7月31日',
        '給付の受領場所 Kyodo上での作業実績の登録（電子納品）',
        '受領日から60日以内',
        v1.sha256,
      ]) {
        expect([expected, text.includes(expected.replace(/\s+/g, ''))]).toEqual([expected, true]);
      }
    });

    it('refuses another worker of the member, another member’s worker and staff elsewhere, writing nothing', async () => {
      const { issueCommissionTerms: others } = await issue(otherAssignment);
      const before = await audited();
      for (const [document, variables, as] of [
        [TERMS, { assignmentId: otherAssignment }, 'tateshina-worker'],
        [TERMS_PDF, { id: others.id }, 'tateshina-worker'],
        [ACCEPT, { id: others.id, sha256: others.sha256 }, 'tateshina-worker'],
        [TERMS, { assignmentId: ownAssignment }, 'shiojiri-worker'],
        [TERMS_PDF, { id: v1.id }, 'shiojiri-worker'],
        [ACCEPT, { id: v1.id, sha256: v1.sha256 }, 'shiojiri-worker'],
        [TERMS_PDF, { id: v1.id }, 'shiojiri-director'],
        [ACCEPT, { id: v1.id, sha256: v1.sha256 }, 'tateshina-director'],
        [ISSUE, { input: { assignmentId: ownAssignment, workDescription: 'x', deliveryPlace: 'y' } }, 'tateshina-worker'],
        [ACCEPT, { id: randomUUID(), sha256: v1.sha256 }, 'tateshina-worker'],
      ] as const) {
        expect([variables, as, await codeOf(document, variables, as)]).toEqual([variables, as, ['FORBIDDEN', null]]);
      }
      expect(await codeOf(MY_TERMS, {}, 'shiojiri-worker')).toEqual(['FORBIDDEN', null]);
      expect(
        await codeOf(ISSUE, {
          input: { assignmentId: ownAssignment, workDescription: 'x', deliveryPlace: 'y', deliveryDate: '2025-05-01' },
        }),
      ).toEqual(['INVALID_DELIVERY_DATE', null]);
      expect(await codeOf(ISSUE, { input: { assignmentId: randomUUID(), workDescription: 'x', deliveryPlace: 'y' } })).toEqual([
        'ASSIGNMENT_NOT_FOUND',
        null,
      ]);
      expect(await codeOf(ACCEPT, { id: v1.id, sha256: 'A'.repeat(64) }, 'tateshina-worker')).toEqual(['BAD_USER_INPUT', null]);
      expect(await audited()).toBe(before);
      expect(await sql.query(`SELECT count(*)::int AS n FROM commission_terms WHERE accepted_at IS NOT NULL`)).toEqual([{ n: 0 }]);
    });

    it('records the worker’s acceptance of the exact version (time, account, hash), then takes their hours', async () => {
      expect(await codeOf(ACCEPT, { id: v1.id, sha256: '0'.repeat(64) }, 'tateshina-worker')).toEqual([
        'COMMISSION_TERMS_HASH_MISMATCH',
        null,
      ]);
      const started = Date.now();
      const { acceptCommissionTerms: accepted } = await ok<{ acceptCommissionTerms: Terms }>(
        ACCEPT,
        { id: v1.id, sha256: v1.sha256 },
        'tateshina-worker',
      );
      expect(accepted).toMatchObject({ id: v1.id, version: 1, sha256: v1.sha256, acceptedBy: workerSub });
      expect(Math.abs(Date.parse(accepted.acceptedAt!) - started)).toBeLessThan(60_000);
      // Accepting again changes nothing and records nothing more.
      expect(
        (await ok<{ acceptCommissionTerms: Terms }>(ACCEPT, { id: v1.id, sha256: v1.sha256 }, 'tateshina-worker')).acceptCommissionTerms
          .acceptedAt,
      ).toBe(accepted.acceptedAt);
      expect(await sql.query(`SELECT actor_id, detail FROM audit_log WHERE action = 'commission-terms.accept'`)).toEqual([
        { actor_id: workerSub, detail: { assignmentId: ownAssignment, version: 1, sha256: v1.sha256 } },
      ]);
      const logged = await logOwn('2025-06-02');
      expect(logged.errors).toBeUndefined();
      await ok(APPROVE, { id: logged.data!.logTime.id });
    });

    it('needs the newest version accepted: a re-issue stops hours until the worker accepts it, the old one is superseded', async () => {
      const { issueCommissionTerms: v2 } = await issue(ownAssignment, { deliveryPlace: '立科町テレワークセンター' });
      expect([v2.version, v2.sha256 === v1.sha256]).toEqual([2, false]);
      expect((await logOwn('2025-06-04')).errors?.[0].extensions?.code).toBe('COMMISSION_TERMS_NOT_ACCEPTED');
      expect(await codeOf(ACCEPT, { id: v1.id, sha256: v1.sha256 }, 'tateshina-worker')).toEqual(['COMMISSION_TERMS_SUPERSEDED', null]);
      await ok(ACCEPT, { id: v2.id, sha256: v2.sha256 }, 'tateshina-worker');
      const logged = await logOwn('2025-06-04');
      expect(logged.errors).toBeUndefined();
      await ok(APPROVE, { id: logged.data!.logTime.id });
      expect(
        (
          await ok<{ commissionTerms: { version: number; acceptedAt: string | null }[] }>(
            TERMS,
            { assignmentId: ownAssignment },
            'tateshina-worker',
          )
        ).commissionTerms.map((t) => [t.version, t.acceptedAt !== null]),
      ).toEqual([
        [2, true],
        [1, true],
      ]);
    });
  });

  describe('基本契約 per worker', () => {
    it('is issued by the org admin in versions and accepted by the worker, the newest only', async () => {
      const issueBasic = async (body: string) =>
        (
          await ok<{ issueBasicContract: { id: string; version: number; sha256: string } }>(
            ISSUE_BASIC,
            { input: { workerId: own, title: '業務委託基本契約書', body } },
            'tateshina-admin',
          )
        ).issueBasicContract;
      const first = await issueBasic('第1条（目的）本契約は、委託者が受託者に委託する業務の基本的な条件を定める。');
      const second = await issueBasic('第1条（目的）本契約は、委託者が受託者に委託する業務の基本的な条件を定める。\n第2条（秘密保持）…');
      expect([first.version, second.version]).toEqual([1, 2]);
      expect(await codeOf(ACCEPT_BASIC, { id: first.id, sha256: first.sha256 }, 'tateshina-worker')).toEqual([
        'BASIC_CONTRACT_SUPERSEDED',
        null,
      ]);
      expect(await codeOf(ACCEPT_BASIC, { id: second.id, sha256: first.sha256 }, 'tateshina-worker')).toEqual([
        'BASIC_CONTRACT_HASH_MISMATCH',
        null,
      ]);
      const { acceptBasicContract } = await ok<{ acceptBasicContract: { version: number; acceptedAt: string; acceptedBy: string } }>(
        ACCEPT_BASIC,
        { id: second.id, sha256: second.sha256 },
        'tateshina-worker',
      );
      expect(acceptBasicContract).toMatchObject({ version: 2, acceptedBy: workerSub });
      const mine = (
        await ok<{ myBasicContracts: { version: number; title: string; acceptedAt: string | null }[] }>(MY_BASIC, {}, 'tateshina-worker')
      ).myBasicContracts;
      expect(mine.map((c) => [c.version, c.title, c.acceptedAt !== null])).toEqual([
        [2, '業務委託基本契約書', true],
        [1, '業務委託基本契約書', false],
      ]);
      expect(
        await sql.query(`SELECT actor_id, detail->>'version' AS version FROM audit_log WHERE action = 'basic-contract.accept'`),
      ).toEqual([{ actor_id: workerSub, version: '2' }]);
    });

    it('refuses another worker, another member and the wrong role, writing nothing', async () => {
      const { issueBasicContract: others } = await ok<{ issueBasicContract: { id: string; sha256: string } }>(
        ISSUE_BASIC,
        { input: { workerId: other, title: '業務委託基本契約書', body: '本文' } },
        'tateshina-admin',
      );
      const before = await audited();
      for (const [document, variables, as] of [
        [BASIC, { workerId: other }, 'tateshina-worker'],
        [ACCEPT_BASIC, { id: others.id, sha256: others.sha256 }, 'tateshina-worker'],
        [BASIC, { workerId: own }, 'shiojiri-worker'],
        [BASIC, { workerId: own }, 'shiojiri-admin'],
        [ISSUE_BASIC, { input: { workerId: own, title: 't', body: 'b' } }, 'tateshina-director'],
        [ISSUE_BASIC, { input: { workerId: own, title: 't', body: 'b' } }, 'shiojiri-admin'],
      ] as const) {
        expect([variables, as, await codeOf(document, variables, as)]).toEqual([variables, as, ['FORBIDDEN', null]]);
      }
      expect(await codeOf(ISSUE_BASIC, { input: { workerId: randomUUID(), title: 't', body: 'b' } }, 'tateshina-admin')).toEqual([
        'WORKER_NOT_FOUND',
        null,
      ]);
      expect(await audited()).toBe(before);
    });
  });

  describe('pay close warnings and the Zengin transfer file', () => {
    it('warns the admin that June 2025 is closed past its payment date and the act’s 60 days', async () => {
      const { closePayMonth } = await ok<{ closePayMonth: { month: string; netYen: string; warnings: { code: string }[] } }>(CLOSE, {
        month: '2025-06',
      });
      expect(closePayMonth.warnings).toEqual([
        { code: 'LEGAL_DEADLINE_MISSED', paymentDate: '2025-07-31', legalDeadline: '2025-08-29' },
        { code: 'PAYMENT_DATE_MISSED', paymentDate: '2025-07-31', legalDeadline: '2025-08-29' },
      ]);
      // Last month, closed now, is paid at the end of this month: not missed.
      const last = addMonths(tokyoToday().slice(0, 7), -1);
      const { closePayMonth: recent } = await ok<{ closePayMonth: { warnings: { code: string }[] } }>(CLOSE, { month: last });
      expect(recent.warnings.map((w) => w.code).filter((code) => code !== 'PAYMENT_DATE_NEAR')).toEqual([]);
    });

    it('refuses the file while a paid worker has no bank account, for directors, and for an open month', async () => {
      const before = await audited();
      expect(await codeOf(TRANSFER, { month: '2025-07' }, 'tateshina-admin')).toEqual(['PAY_MONTH_NOT_CLOSED', null]);
      expect(await codeOf(TRANSFER, { month: '2025-06' }, 'tateshina-director')).toEqual(['FORBIDDEN', null]);
      expect(await codeOf(TRANSFER, { month: '2025-06' }, 'shiojiri-admin')).toEqual(['FORBIDDEN', null]);
      expect(await codeOf(TRANSFER, { month: '2025-06' }, 'tateshina-worker')).toEqual(['FORBIDDEN', null]);
      const res = await node.call(TRANSFER, { month: '2025-06' }, 'tateshina-admin');
      expect([res.errors?.[0].extensions?.code, (res.errors?.[0].extensions?.details as { workerIds: string[] }).workerIds.sort()]).toEqual(
        ['BANK_ACCOUNT_MISSING', [own, other].sort()],
      );
      expect(await audited()).toBe(before);
    });

    it('writes the closed month’s transfers byte for byte: header, one record per paid worker, trailer, end', async () => {
      // The worker with a login enters their own account; the org admin enters the other's from their form.
      await ok(
        SET_MY_BANK,
        { input: { bankCode: '0009', branchCode: '456', accountType: 'ORDINARY', accountNumber: '0012345', holderKana: 'ミヤサカ　ヨウ' } },
        'tateshina-worker',
      );
      await ok(
        SET_WORKER_BANK,
        {
          workerId: other,
          input: { bankCode: '9900', branchCode: '018', accountType: 'SAVINGS', accountNumber: '1234567', holderKana: 'タテシナ ジロウ' },
        },
        'tateshina-admin',
      );
      const statements = (await ok<{ payStatements: { workerId: string; netYen: string }[] }>(STATEMENTS, { month: '2025-06' }))
        .payStatements;
      const net = (workerId: string) => statements.find((s) => s.workerId === workerId)!.netYen;
      // 150 + 150 minutes at ¥1,100/h; 125 minutes at ¥1,100/h is ¥2,291.67, rounded; no withholding.
      expect([net(own), net(other)]).toEqual(['5500', '2292']);

      const { payTransferFile: file } = await ok<{
        payTransferFile: {
          filename: string;
          contentType: string;
          byteLength: number;
          base64: string;
          transferDate: string;
          transferCount: number;
          totalYen: string;
        };
      }>(TRANSFER, { month: '2025-06' }, 'tateshina-admin');
      expect({ ...file, base64: undefined }).toEqual({
        filename: 'zengin-2025-06.txt',
        contentType: 'text/plain; charset=Shift_JIS',
        byteLength: 5 * 122,
        base64: undefined,
        transferDate: '2025-07-31',
        transferCount: 2,
        totalYen: '7792',
      });
      const half = (text: string) =>
        Buffer.from([...text].map((ch) => (ch.codePointAt(0)! >= 0xff61 ? ch.codePointAt(0)! - 0xfec0 : ch.codePointAt(0)!)));
      const records = [
        '1' +
          '21' +
          '0' +
          '1234567890' +
          'ﾀﾃｼﾅﾁﾖｳ' +
          ' '.repeat(33) +
          '0731' +
          '0001' +
          'ﾐｽﾞﾎ' +
          ' '.repeat(11) +
          '123' +
          'ｻｸﾀﾞｲﾗ' +
          ' '.repeat(9) +
          '1' +
          '7654321' +
          ' '.repeat(17),
        // Ordered by the payees' readings: タテシナ before ミヤサカ.
        '2' +
          '9900' +
          // The payee's bank and branch names are optional in the layout; the profile keeps codes only.
          ' '.repeat(15) +
          '018' +
          ' '.repeat(15) +
          '    ' +
          '4' +
          '1234567' +
          'ﾀﾃｼﾅ ｼﾞﾛｳ' +
          ' '.repeat(21) +
          '0000002292' +
          '0' +
          ' '.repeat(20) +
          '7' +
          ' ' +
          ' '.repeat(7),
        '2' +
          '0009' +
          ' '.repeat(15) +
          '456' +
          ' '.repeat(15) +
          '    ' +
          '1' +
          '0012345' +
          'ﾐﾔｻｶ ﾖｳ' +
          ' '.repeat(23) +
          '0000005500' +
          '0' +
          ' '.repeat(20) +
          '7' +
          ' ' +
          ' '.repeat(7),
        '8' + '000002' + '000000007792' + ' '.repeat(101),
        '9' + ' '.repeat(119),
      ];
      const expected = Buffer.concat(records.map((r) => Buffer.concat([half(r), Buffer.from('\r\n')])));
      expect(Buffer.from(file.base64, 'base64').toString('hex')).toBe(expected.toString('hex'));
      expect(await sql.query(`SELECT actor_id, entity_id, detail FROM audit_log WHERE action = 'pay.transfer-file'`)).toEqual([
        {
          actor_id: subOf(await tokenFor('tateshina-admin')),
          entity_id: 'tateshina:2025-06',
          detail: { month: '2025-06', transferDate: '2025-07-31', transferCount: 2, totalYen: '7792' },
        },
      ]);
    });
  });
  describe('under concurrency', () => {
    it('numbers versions issued at once one after another, and records one acceptance of many sent at once', async () => {
      const { createAssignment } = await ok<{ createAssignment: { id: string } }>(ASSIGN, {
        input: {
          workerId: own,
          taskOrgId: 'tateshina',
          taskId: everyTask.add('tateshina', randomUUID(), { withholding: false }),
          periodFrom: '2025-09-01',
          periodTo: '2025-09-30',
          plannedMinutes: 600,
          payBasis: 'HOURLY',
          hourlyRateYen: 1_200,
        },
      });
      const issued = await Promise.all(Array.from({ length: 6 }, () => issue(createAssignment.id)));
      expect(issued.map((t) => t.issueCommissionTerms.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
      const newest = issued.map((t) => t.issueCommissionTerms).find((t) => t.version === 6)!;
      const accepted = await Promise.all(
        Array.from({ length: 6 }, () =>
          node.call<{ acceptCommissionTerms: Terms }>(ACCEPT, { id: newest.id, sha256: newest.sha256 }, 'tateshina-worker'),
        ),
      );
      expect(accepted.map((r) => r.errors)).toEqual(accepted.map(() => undefined));
      expect(new Set(accepted.map((r) => r.data!.acceptCommissionTerms.acceptedAt)).size).toBe(1);
      expect(
        await sql.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'commission-terms.accept' AND entity_id = $1`, [
          newest.id,
        ]),
      ).toEqual([{ n: 1 }]);
    });
  });
});
