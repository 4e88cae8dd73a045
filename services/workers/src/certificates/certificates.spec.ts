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

  it('gives the worker their work certificate: Japanese labels, days and hours per month, from approved work only', async () => {
    const { file, text } = await download(WORK, { workerId: own, from: '2025-05', to: '2025-07' }, 'tateshina-worker');
    expect(file.filename).toBe('work-certificate-2025-05_2025-07.pdf');
    for (const expected of [
      '就労証明書',
      '氏名：蓼科 花子（タテシナ ハナコ）',
      '住所：長野県北佐久郡立科町芦田3000',
      '発行者：立科町',
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
    expect(text.replace(/\s+/g, ' ')).toMatch(
      /2025年5月 ?0日 ?0時間00分 ?2025年6月 ?2日 ?10時間30分 ?2025年7月 ?1日 ?2時間15分 ?合計 ?3日 ?12時間45分/,
    );
    expect(text).toContain('4時間15分');
  });

  it('gives staff the payment certificate: pay, withholding and net per closed month, open months marked', async () => {
    const { file, text } = await download(PAYMENT, { workerId: own, from: '2025-06', to: '2025-07' }, 'tateshina-admin');
    expect(file.filename).toBe('payment-certificate-2025-06_2025-07.pdf');
    for (const expected of ['支払証明書', '支払金額', '源泉徴収税額', '差引支払額', '蓼科 花子', '未締め'])
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    // Two pieces at ¥500,000 in June: ¥1,000,000, withholding exactly ¥102,100; July is not closed.
    expect(text.replace(/\s+/g, ' ')).toMatch(/2025年6月 ?1,000,000円 ?102,100円 ?897,900円/);
    expect(text.replace(/\s+/g, ' ')).toMatch(/合計 ?1,000,000円 ?102,100円 ?897,900円/);
    const audit = await sql.query(`SELECT action, entity_id, detail FROM audit_log WHERE action LIKE 'certificate.%' ORDER BY id`);
    expect(audit).toEqual([
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
    expect(await audited()).toBe(before);
  });
});
