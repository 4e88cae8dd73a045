import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { gql, pdfText, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
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
    }
  }
`;
const WORK = gql`
  query ($orgId: String, $workerId: ID!, $from: String!, $to: String!) {
    workCertificate(orgId: $orgId, workerId: $workerId, from: $from, to: $to) {
      filename
      contentType
      byteLength
      base64
    }
  }
`;
const SET_ISSUER = gql`
  mutation ($input: SetCertificateIssuerInput!) {
    setCertificateIssuer(input: $input) {
      orgId
      legalName
      address
      phone
      representative
    }
  }
`;
const ISSUER = gql`
  query {
    certificateIssuer {
      legalName
      representative
    }
  }
`;
const PAYMENT = gql`
  query ($workerId: ID!, $from: String!, $to: String!) {
    paymentCertificate(workerId: $workerId, from: $from, to: $to) {
      filename
      contentType
      byteLength
      base64
    }
  }
`;

const subOf = (token: string): string =>
  (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string }).sub;
type Pdf = { filename: string; contentType: string; byteLength: number; base64: string };

describe('certificates (就労証明書, 支払証明書) as PDF against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;
  /** Linked to tateshina-worker's login. */
  let own: string;
  let other: string;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_certificates',
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
    const ok = async <T>(document: string, variables: Record<string, unknown>): Promise<T> => {
      const res = await node.call<T>(document, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const worker = async (input: Record<string, unknown>) => {
      const { registerWorker } = await ok<{ registerWorker: { id: string } }>(REGISTER, {
        input: {
          familyName: '蓼科',
          givenName: '花子',
          familyNameKana: 'タテシナ',
          givenNameKana: 'ハナコ',
          monthlyHourCap: 100,
          weeklyAvailability: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, minutes: 360 })),
          ...input,
        },
      });
      await ok(ACTIVATE, { id: registerWorker.id });
      return registerWorker.id;
    };
    own = await worker({
      userId: subOf(await tokenFor('tateshina-worker')),
      address: '長野県北佐久郡立科町芦田3000',
      contractStart: '2025-04-01',
      dateOfBirth: '1988-02-29',
      workLocation: 'HOME_AND_SATELLITE_OFFICE',
    });
    other = await worker({ givenName: '次郎', givenNameKana: 'ジロウ' });
    const { createAssignment } = await ok<{ createAssignment: { id: string } }>(ASSIGN, {
      input: {
        workerId: own,
        taskOrgId: 'tateshina',
        taskId: everyTask.add('tateshina', randomUUID(), { withholding: true }),
        periodFrom: '2025-06-02',
        periodTo: '2025-07-31',
        plannedMinutes: 1200,
        payBasis: 'PIECE',
        pieceRateYen: 500_000,
      },
    });
    // June: two days, 10 h 30 min; July: one day, 2 h 15 min (and a submitted day that does not count).
    for (const [workDate, minutes, approve] of [
      ['2025-06-02', 360, true],
      ['2025-06-03', 270, true],
      ['2025-07-01', 135, true],
      ['2025-07-02', 60, false],
    ] as const) {
      const { logTime } = await ok<{ logTime: { id: string } }>(LOG, {
        input: { assignmentId: createAssignment.id, workDate, minutes, quantity: 1, idempotencyKey: randomUUID() },
      });
      if (approve) await ok(APPROVE, { id: logTime.id });
    }
    await ok(CLOSE, { month: '2025-06' });
  });

  afterAll(async () => {
    await node?.close();
  });

  const download = async (document: string, variables: Record<string, unknown>, as?: string): Promise<{ file: Pdf; text: string }> => {
    const res = await node.call<Record<string, Pdf>>(document, variables, as);
    expect(res.errors).toBeUndefined();
    const file = Object.values(res.data!)[0];
    const bytes = Buffer.from(file.base64, 'base64');
    expect([file.contentType, file.byteLength, bytes.subarray(0, 5).toString('latin1')]).toEqual([
      'application/pdf',
      bytes.length,
      '%PDF-',
    ]);
    return { file, text: await pdfText(bytes) };
  };

  it("prints the org's name as issuer until its org admin records the legal details, then those (audited)", async () => {
    const before = await download(WORK, { workerId: own, from: '2025-06', to: '2025-06' }, 'tateshina-worker');
    expect(before.text).toContain('事業所名：立科町');
    expect(before.text).not.toContain('代表者：');
    const issuer = {
      legalName: '一般社団法人 立科テレワークセンター',
      address: '長野県北佐久郡立科町芦田2532',
      phone: '0267-56-2311',
      representative: '代表理事 立科 太郎',
    };
    const res = await node.call(SET_ISSUER, { input: issuer }, 'tateshina-admin');
    expect([res.errors, res.data]).toEqual([undefined, { setCertificateIssuer: { orgId: 'tateshina', ...issuer } }]);
    expect((await node.call(ISSUER, {}, 'tateshina-director')).data).toEqual({
      certificateIssuer: { legalName: issuer.legalName, representative: issuer.representative },
    });
    const [audit] = await sql.query(`SELECT actor_org_id, entity_id, detail FROM audit_log WHERE action = 'certificate-issuer.set'`);
    expect(audit).toEqual({
      actor_org_id: 'tateshina',
      entity_id: 'tateshina',
      detail: { before: { legalName: '立科町', address: null, phone: null, representative: null }, after: issuer },
    });
  });

  it('refuses to record the issuer to a director, another org, or with bad input, writing nothing', async () => {
    const input = { legalName: '偽の法人', address: '某所', phone: '0000-00-0000', representative: '誰か' };
    for (const [variables, as, code] of [
      [{ input }, 'tateshina-director', 'FORBIDDEN'],
      [{ input }, 'shiojiri-admin', 'FORBIDDEN'],
      [{ input }, 'tateshina-worker', 'FORBIDDEN'],
      [{ input: { ...input, phone: 'call me' } }, 'tateshina-admin', 'BAD_USER_INPUT'],
      [{ input: { ...input, legalName: '' } }, 'tateshina-admin', 'BAD_USER_INPUT'],
    ] as const) {
      const res = await node.call(SET_ISSUER, variables, as);
      expect([as, res.errors?.[0].extensions?.code]).toEqual([as, code]);
    }
    expect(await node.call(ISSUER, {}, 'tateshina-worker')).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    const [row] = await sql.query(`SELECT legal_name FROM certificate_issuers WHERE org_id = 'tateshina'`);
    expect(row.legal_name).toBe('一般社団法人 立科テレワークセンター');
  });

  it('gives the worker their work certificate in the standard form: issuer, birth date, form and place of work, weekly schedule, days and hours per month, 締め前 months', async () => {
    const { file, text } = await download(WORK, { workerId: own, from: '2025-05', to: '2025-07' }, 'tateshina-worker');
    expect(file.filename).toBe('work-certificate-2025-05_2025-07.pdf');
    for (const expected of [
      '就労証明書',
      '氏名：蓼科 花子（タテシナ ハナコ）',
      '生年月日：1988年2月29日',
      '住所：長野県北佐久郡立科町芦田3000',
      '事業所名：一般社団法人 立科テレワークセンター',
      '代表者：代表理事 立科 太郎',
      '所在地：長野県北佐久郡立科町芦田2532',
      '電話番号：0267-56-2311',
      '就労形態：業務委託・自営',
      '就労場所：自宅（在宅）及びサテライトオフィス',
      // Weekdays Monday to Friday at 6 h each.
      '就労予定：週5日 週30時間00分',
      '証明期間：2025年5月 〜 2025年7月',
      '契約期間：2025年4月1日 〜 定めなし',
      '年月',
      '就労日数',
      '就労時間',
      '上記のとおり相違ないことを証明します。',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    // May 0 days; June 2 days 10:30; July 1 day 2:15 (the unapproved day left out); total 3 days 12:45, average 4:15.
    // Only June's pay is closed: May and July are labelled 締め前.
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /2025年5月 ?0日 ?0時間00分 ?締め前 ?2025年6月 ?2日 ?10時間30分 ?2025年7月 ?1日 ?2時間15分 ?締め前 ?合計 ?3日 ?12時間45分/,
    );
    expect(text).toContain('4時間15分');
    expect(text).toContain('上記のとおり相違ないことを証明します。');
    expect(text.replace(/\s+/g, '')).toContain('一般社団法人立科テレワークセンター代表理事立科太郎');
  });

  it('gives staff the payment certificate: pay, withholding and net per closed month, open months marked', async () => {
    const { file, text } = await download(PAYMENT, { workerId: own, from: '2025-06', to: '2025-07' }, 'tateshina-admin');
    expect(file.filename).toBe('payment-certificate-2025-06_2025-07.pdf');
    for (const expected of ['支払証明書', '支払金額', '源泉徴収税額', '差引支払額', '蓼科 花子', '締め前', '未払いではありません'])
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    // July is not closed: labelled 締め前 with no amount, not "0円" owed.
    expect(text.replace(/\s+/g, ' ')).toMatch(/2025年7月 ?締め前 ?合計/);
    expect(text).not.toContain('未締め');
    // Two pieces at ¥500,000 in June: ¥1,000,000, withholding exactly ¥102,100; July is not closed.
    expect(text.replace(/\s+/g, ' ')).toMatch(/2025年6月 ?1,000,000円 ?102,100円 ?897,900円/);
    expect(text.replace(/\s+/g, ' ')).toMatch(/合計 ?1,000,000円 ?102,100円 ?897,900円/);
    const audit = await sql.query(`SELECT action, entity_id, detail FROM audit_log WHERE action LIKE 'certificate.%' ORDER BY id`);
    expect(audit).toEqual([
      { action: 'certificate.work', entity_id: own, detail: { from: '2025-06', to: '2025-06' } },
      { action: 'certificate.work', entity_id: own, detail: { from: '2025-05', to: '2025-07' } },
      { action: 'certificate.payment', entity_id: own, detail: { from: '2025-06', to: '2025-07' } },
    ]);
  });

  it("refuses with a code, writing nothing: another worker's certificate, another org, a bad period", async () => {
    const audited = async () => Number((await sql.query(`SELECT count(*) AS n FROM audit_log`))[0].n);
    const before = await audited();
    for (const [document, variables, code, as] of [
      [WORK, { workerId: other, from: '2025-06', to: '2025-06' }, 'FORBIDDEN', 'tateshina-worker'],
      [PAYMENT, { workerId: randomUUID(), from: '2025-06', to: '2025-06' }, 'FORBIDDEN', 'tateshina-worker'],
      [WORK, { workerId: own, from: '2025-06', to: '2025-06' }, 'FORBIDDEN', 'shiojiri-director'],
      [WORK, { workerId: own, from: '2025-06', to: '2025-06' }, 'FORBIDDEN', 'shiojiri-worker'],
      [WORK, { workerId: own, from: '2025-06', to: '2025-06', orgId: 'shiojiri' }, 'WRONG_NODE', 'tateshina-director'],
      [WORK, { workerId: randomUUID(), from: '2025-06', to: '2025-06' }, 'WORKER_NOT_FOUND', 'tateshina-director'],
      [WORK, { workerId: own, from: '2025-07', to: '2025-06' }, 'INVALID_PERIOD', 'tateshina-director'],
      [PAYMENT, { workerId: own, from: '2023-01', to: '2025-01' }, 'INVALID_PERIOD', 'tateshina-director'],
      [PAYMENT, { workerId: own, from: '2025-13', to: '2025-12' }, 'BAD_USER_INPUT', 'tateshina-director'],
    ] as const) {
      const res = await node.call(document, variables, as);
      expect([variables, as, res.errors?.[0].extensions?.code, res.data ?? null]).toEqual([variables, as, code, null]);
    }
    const future = await node.call(
      REGISTER,
      {
        input: {
          familyName: '未来',
          givenName: '太郎',
          familyNameKana: 'ミライ',
          givenNameKana: 'タロウ',
          monthlyHourCap: 10,
          dateOfBirth: `${new Date().getUTCFullYear() + 1}-01-01`,
        },
      },
      'tateshina-director',
    );
    expect(future.errors?.[0].extensions?.code).toBe('INVALID_DATE_OF_BIRTH');
    expect(await audited()).toBe(before);
  });

  it('prints no birth date for a worker without one on record', async () => {
    const { text } = await download(WORK, { workerId: other, from: '2025-06', to: '2025-06' }, 'tateshina-admin');
    expect([text.includes('氏名：蓼科 次郎'), text.includes('生年月日'), text.includes('就労場所：自宅（在宅）')]).toEqual([
      true,
      false,
      true,
    ]);
  });
});
