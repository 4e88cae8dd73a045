import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { gql, startTestNode, TestNode, tokenFor } from '@kyodo/testing';
import { InMemoryTrainingRecords } from '../assignments/in-memory-training-records';
import { createWorkersApp, migrateWorkers } from '../workers-node';

const IMPORT = gql`
  mutation ($orgId: String, $input: ImportHistoryInput!) {
    importWorkerHistory(orgId: $orgId, input: $input) {
      encoding
      rowCount
      problems {
        line
        column
        code
      }
      batch {
        id
        kind
        rowCount
      }
    }
  }
`;
const VOID = gql`
  mutation ($input: VoidImportBatchInput!) {
    voidWorkerImportBatch(input: $input) {
      id
      voidReason
    }
  }
`;
const AGGREGATES = gql`
  query ($fiscalYear: Int!) {
    consortiumWorkforceAggregates(fiscalYear: $fiscalYear) {
      registeredWorkers
      registrationsInYear
      activeWorkers
      workersEarningAtLeast10000
      totalPayYen
    }
  }
`;

interface ImportAnswer {
  importWorkerHistory: {
    encoding: string;
    rowCount: number;
    problems: { line: number; column: string | null; code: string }[];
    batch: { id: string; kind: string; rowCount: number } | null;
  };
}

const WORKERS = [
  '登録番号,姓,名,セイ,メイ,登録日,状態',
  'T-001,北原,花子,キタハラ,ハナコ,2021/10/1,稼働',
  'T-002,柳澤,次郎,ﾔﾅｷﾞｻﾜ,ジロウ,2022/4/1,休止',
  'T-003,土屋,三恵,つちや,ミエ,2023/5/15,',
].join('\r\n');
const PAY = [
  '登録番号,支払月,作業時間（分）,支給額,源泉徴収税額',
  'T-001,2022/3,600,"15,000",0',
  'T-001,2022/4,1200,"30,000",3063',
  'T-002,2022/4,300,"7,500",',
  'T-003,2023/6,60,"1,500",0',
].join('\r\n');
const b64 = (text: string) => iconv.encode(text, 'cp932').toString('base64');

describe('history import on the workers node against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'workers_history_import',
      migrate: migrateWorkers,
      create: (databaseUrl, auth) =>
        createWorkersApp({
          orgId: 'tateshina',
          databaseUrl,
          auth,
          dataKey: randomBytes(32),
          trainingRecords: new InMemoryTrainingRecords(),
        }),
      callerUsername: 'tateshina-admin',
    });
    sql = node.dataSource;
  });

  afterAll(async () => {
    await node?.close();
  });

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM workers)::int AS workers, (SELECT count(*) FROM imported_pay_statements)::int AS pay,
        (SELECT count(*) FROM import_batches)::int AS batches, (SELECT count(*) FROM audit_log)::int AS audit`)
    )[0] as Record<string, number>;
  const importFile = (text: string, kind: string, dryRun: boolean, as?: string, orgId?: string) =>
    node.call<ImportAnswer>(IMPORT, { orgId, input: { kind, csvBase64: b64(text), fileName: `${kind}.csv`, dryRun } }, as);
  const aggregates = async (fiscalYear: number) =>
    (await node.call<{ consortiumWorkforceAggregates: Record<string, unknown>[] }>(AGGREGATES, { fiscalYear }, 'consortium-admin')).data!
      .consortiumWorkforceAggregates[0];

  it('lists every problem of a file with errors by line and writes nothing; pay needs its workers imported first', async () => {
    const before = await counts();
    const res = await importFile(`${WORKERS}\r\nT-001,重複,太郎,ジュウフク,タロウ,2024/2/30,在籍`, 'WORKERS', false);
    expect(res.data!.importWorkerHistory.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [4, 'セイ', 'IMPORT_TEXT_INVALID'],
      [5, '登録日', 'IMPORT_DATE_INVALID'],
      [5, '状態', 'IMPORT_CHOICE_INVALID'],
      [5, '登録番号', 'IMPORT_DUPLICATE_IN_FILE'],
    ]);
    const pay = await importFile(PAY, 'PAY_STATEMENTS', true);
    expect(new Set(pay.data!.importWorkerHistory.problems.map((p) => p.code))).toEqual(new Set(['IMPORT_REFERENCE_UNKNOWN']));
    expect(await counts()).toEqual(before);
  });

  it('imports workers with their registration dates and their past pay, counted in their fiscal years', async () => {
    const workers = await importFile(WORKERS.replace('つちや', 'ツチヤ'), 'WORKERS', false);
    expect(workers.data!.importWorkerHistory).toMatchObject({
      encoding: 'Shift_JIS',
      problems: [],
      batch: { kind: 'WORKERS', rowCount: 3 },
    });
    const [{ kana, id }] = await sql.query(`SELECT id, family_name_kana AS kana FROM workers WHERE import_reference = 'T-002'`);
    expect(kana).toBe('ヤナギサワ');
    const shown = await node.call<{ worker: Record<string, unknown> }>(
      gql`
        query ($id: ID!) {
          worker(id: $id) {
            status
            createdAt
            importBatchId
            importReference
          }
        }
      `,
      { id },
    );
    expect(shown.data!.worker).toEqual({
      status: 'INACTIVE',
      createdAt: '2022-03-31T15:00:00.000Z',
      importBatchId: workers.data!.importWorkerHistory.batch!.id,
      importReference: 'T-002',
    });
    const pay = await importFile(PAY, 'PAY_STATEMENTS', false);
    expect(pay.data!.importWorkerHistory).toMatchObject({ problems: [], batch: { kind: 'PAY_STATEMENTS', rowCount: 4 } });
    expect(await aggregates(2021)).toEqual({
      registeredWorkers: 1,
      registrationsInYear: 1,
      activeWorkers: 1,
      workersEarningAtLeast10000: 1,
      totalPayYen: '15000',
    });
    expect(await aggregates(2022)).toEqual({
      registeredWorkers: 2,
      registrationsInYear: 1,
      activeWorkers: 2,
      workersEarningAtLeast10000: 1,
      totalPayYen: '37500',
    });
    expect(await aggregates(2023)).toMatchObject({ registeredWorkers: 3, registrationsInYear: 1, totalPayYen: '1500' });
    const again = await importFile(PAY, 'PAY_STATEMENTS', true);
    expect(again.data!.importWorkerHistory.problems.map((p) => p.code)).toEqual(Array(4).fill('IMPORT_ALREADY_RECORDED'));
  });

  it('keeps an imported registration and imported pay as they are; refuses other roles and orgs', async () => {
    await expect(sql.query(`UPDATE workers SET created_at = now() WHERE import_reference = 'T-001'`)).rejects.toThrow(
      /keeps the registration/,
    );
    await expect(sql.query(`UPDATE imported_pay_statements SET gross_yen = 1`)).rejects.toThrow(/never change/);
    // The worker lives on: contact details and status still change.
    await sql.query(`UPDATE workers SET status = 'ACTIVE' WHERE import_reference = 'T-003'`);
    const before = await counts();
    for (const [as, orgId] of [
      ['tateshina-director', undefined],
      ['shiojiri-admin', 'shiojiri'],
      ['shiojiri-admin', 'tateshina'],
    ] as const) {
      const res = await importFile(WORKERS.replaceAll('T-', 'X-'), 'WORKERS', false, as, orgId);
      expect([as, orgId, res.errors?.[0].extensions?.code]).toEqual([as, orgId, 'FORBIDDEN']);
    }
    expect((await importFile(WORKERS, 'ORDERS', true)).errors?.[0].extensions?.code).toBe('IMPORT_KIND_ELSEWHERE');
    expect(await counts()).toEqual(before);
  });

  it('voids pay before workers (audited), and the years lose them', async () => {
    const [workersBatch, payBatch] = (await sql.query(`SELECT id FROM import_batches ORDER BY kind DESC`)) as { id: string }[];
    const inUse = await node.call(VOID, { input: { batchId: workersBatch.id, reason: '登録日の誤り' } });
    expect(inUse.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_BATCH_IN_USE', details: { payStatements: 4 } });
    expect((await node.call(VOID, { input: { batchId: payBatch.id, reason: '金額の誤り' } })).errors).toBeUndefined();
    expect(await aggregates(2022)).toMatchObject({ registeredWorkers: 2, activeWorkers: 0, totalPayYen: '0' });
    expect((await node.call(VOID, { input: { batchId: workersBatch.id, reason: '登録日の誤り' } })).errors).toBeUndefined();
    expect(await aggregates(2023)).toMatchObject({ registeredWorkers: 0, registrationsInYear: 0 });
    const audit = await sql.query(`SELECT detail FROM audit_log WHERE action = 'history-import.void' ORDER BY id`);
    expect(audit.map((a: { detail: { reason: string; recordsVoided: number } }) => [a.detail.reason, a.detail.recordsVoided])).toEqual([
      ['金額の誤り', 4],
      ['登録日の誤り', 3],
    ]);
    // The corrected files import again under the same 登録番号.
    expect((await importFile(WORKERS.replace('つちや', 'ツチヤ'), 'WORKERS', false)).data!.importWorkerHistory.problems).toEqual([]);
    expect((await importFile(PAY, 'PAY_STATEMENTS', false)).data!.importWorkerHistory.problems).toEqual([]);
    expect(await aggregates(2022)).toMatchObject({ registeredWorkers: 2, totalPayYen: '37500' });
  });

  it("shows imported pay in the worker's own statements, marked as imported, to that worker only", async () => {
    const sub = (
      JSON.parse(Buffer.from((await tokenFor('tateshina-worker')).split('.')[1], 'base64url').toString('utf8')) as { sub: string }
    ).sub;
    // A worker registered live in Kyodo, whose earlier pay is in the town's books: named by its Kyodo id.
    const registered = await node.call<{ registerWorker: { id: string } }>(
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyName: '宮坂',
          givenName: '陽',
          familyNameKana: 'ミヤサカ',
          givenNameKana: 'ヨウ',
          monthlyHourCap: 100,
          weeklyAvailability: [],
          userId: sub,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const workerId = registered.data!.registerWorker.id;
    const file = [
      '登録番号,支払月,作業時間（分）,支給額,源泉徴収税額',
      `${workerId},2023/2,600,"20,000",2042`,
      `${workerId.toUpperCase()},2023/3,60,"2,000",`,
    ].join('\r\n');
    const res = await importFile(file, 'PAY_STATEMENTS', false);
    expect(res.data!.importWorkerHistory.problems).toEqual([]);
    const batchId = res.data!.importWorkerHistory.batch!.id;
    const unknown = await importFile(file.replaceAll(workerId, '00000000-0000-4000-8000-000000000000'), 'PAY_STATEMENTS', true);
    expect(unknown.data!.importWorkerHistory.problems.map((p) => p.code)).toEqual(['IMPORT_REFERENCE_UNKNOWN', 'IMPORT_ALREADY_RECORDED']);

    const MINE = gql`
      query {
        myPayStatements {
          month
          workerId
          minutes
          grossYen
          withholdingYen
          netYen
          imported
          importBatchId
          lines {
            workedMonth
          }
        }
      }
    `;
    const mine = await node.call<{ myPayStatements: Record<string, unknown>[] }>(MINE, {}, 'tateshina-worker');
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myPayStatements).toEqual([
      {
        month: '2023-03',
        workerId,
        minutes: 60,
        grossYen: '2000',
        withholdingYen: '0',
        netYen: '2000',
        imported: true,
        importBatchId: batchId,
        lines: [],
      },
      {
        month: '2023-02',
        workerId,
        minutes: 600,
        grossYen: '20000',
        withholdingYen: '2042',
        netYen: '17958',
        imported: true,
        importBatchId: batchId,
        lines: [],
      },
    ]);
    // Only this worker's pay: the pay imported above for T-001 … (workers without this login) is not in the list. A voided batch leaves it.
    expect((await node.call(VOID, { input: { batchId, reason: '重複' } })).errors).toBeUndefined();
    expect((await node.call<{ myPayStatements: unknown[] }>(MINE, {}, 'tateshina-worker')).data!.myPayStatements).toEqual([]);
  });
});
