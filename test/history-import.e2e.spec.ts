import iconv from 'iconv-lite';
import { launchTestConsortium, RunningConsortium } from '@kyodo/consortium-tools';
import { bearer, gql, GraphQLResponse, postGraphQL, tokenFor } from '@kyodo/testing';

/**
 * History import end to end (#17 item 2), through the gateway with the real Keycloak: a town's
 * admin checks a Shift_JIS file with errors (nothing written), imports the corrected files of
 * orders, invoices and payments received, workers and pay, and the fiscal-year report shows the
 * imported years (sales and income too), current and in the support body's snapshot; a void takes
 * them out again. A worker's own login sees the pay imported for them, marked as imported.
 */

const IMPORT_ORDERS = gql`
  mutation ($orgId: String, $input: ImportHistoryInput!) {
    importOrderHistory(orgId: $orgId, input: $input) {
      rowCount
      problems {
        line
        column
        code
      }
      batch {
        id
      }
    }
  }
`;
const IMPORT_WORKERS = gql`
  mutation ($input: ImportHistoryInput!) {
    importWorkerHistory(input: $input) {
      problems {
        line
        code
      }
      batch {
        id
      }
    }
  }
`;
const BATCHES = gql`
  query {
    orderImportBatches {
      id
    }
  }
`;
const REPORT = gql`
  query ($fiscalYear: Int!, $current: Boolean) {
    fiscalYearReport(fiscalYear: $fiscalYear, current: $current) {
      orgs {
        orgId
        totals {
          orders {
            orderCount
            valueYen
          }
          clientCount
          workerRegistrations
          activeWorkers
          totalWorkerPayYen
          invoiceCount
          invoicedYen
          paymentsReceivedYen
        }
      }
    }
  }
`;
const TAKE = gql`
  mutation ($fiscalYear: Int!) {
    takeReportingSnapshot(fiscalYear: $fiscalYear) {
      orgIds
    }
  }
`;
const VOID = gql`
  mutation ($input: VoidImportBatchInput!) {
    voidOrderImportBatch(input: $input) {
      voidedAt
    }
  }
`;

const HEADER = '受注番号,発注者,発注者区分,件名,業務分類,定型,受注金額,検収日';
const ORDERS_WITH_ERRORS = [
  HEADER,
  'H30-01,立科町 総務課,公共,住民台帳 入力,データ入力,はい,"1,200,000",2019/3/32',
  'H30-02,立科町 総務課,公共,封入,MAILING,はい,8万円,2019/3/1',
].join('\r\n');
const ORDERS = [
  HEADER,
  'H30-01,立科町 総務課,公共,住民台帳 入力,データ入力,はい,"1,200,000",2019/3/29',
  'R01-01,立科町 総務課,公共,封入・発送,MAILING,はい,"80,000",2019/4/1',
  'R01-02,株式会社 蓼科,民間,画像タグ付け,ANNOTATION,いいえ,"45,000",2020/3/31',
].join('\r\n');
const WORKERS = [
  '登録番号,姓,名,セイ,メイ,登録日',
  'T-01,北原,花子,キタハラ,ハナコ,2018/10/1',
  'T-02,柳澤,次郎,ヤナギサワ,ジロウ,2019/6/1',
].join('\r\n');
const PAY = ['登録番号,支払月,支給額', 'T-01,2019/4,"12,000"', 'T-02,2019/7,"6,000"', 'T-01,2020/3,"3,000"'].join('\r\n');
/** 請求実績: 平成31年3月 at 8%, then two in 令和元年度; one names the orders it billed. */
const INVOICE_HEADER = '請求書番号,発注者,発行日,税抜金額,消費税額,税込金額,受注番号';
const INVOICES_WITH_ERRORS = [INVOICE_HEADER, '請-H30-01,立科町 総務課,2019/3/29,"1,200,000","1,296,000",,H30-01'].join('\r\n');
const INVOICES = [
  INVOICE_HEADER,
  '請-H30-01,立科町 総務課,2019/3/29,"1,200,000","96,000","1,296,000",H30-01',
  '請-R01-01,立科町 総務課,2019/4/26,"80,000","6,400",,',
  '請-R01-02,株式会社 蓼科,2020/3/31,"45,000","4,500",,',
].join('\r\n');
const PAYMENTS = ['請求書番号,入金日,入金額', '請-H30-01,2019/4/26,"1,296,000"', '請-R01-01,2019/5/31,"86,400"'].join('\r\n');
const sjis = (text: string) => iconv.encode(text, 'cp932').toString('base64');

type Totals = {
  orders: { orderCount: number; valueYen: string };
  clientCount: number;
  workerRegistrations: number;
  activeWorkers: number;
  totalWorkerPayYen: string;
  invoiceCount: number;
  invoicedYen: string;
  paymentsReceivedYen: string;
};

describe('history import through the gateway', () => {
  let consortium: RunningConsortium;
  let gw: string;
  const call = async <T>(document: string, variables: Record<string, unknown>, as = 'tateshina-admin'): Promise<GraphQLResponse<T>> =>
    postGraphQL<T>(gw, document, variables, await bearer(as));
  const input = (kind: string, text: string, dryRun: boolean) => ({
    input: { kind, csvBase64: sjis(text), fileName: `${kind}.csv`, dryRun },
  });
  const totals = async (fiscalYear: number, current: boolean): Promise<Totals> => {
    const res = await call<{ fiscalYearReport: { orgs: { orgId: string; totals: Totals }[] } }>(REPORT, { fiscalYear, current });
    expect(res.errors).toBeUndefined();
    return res.data!.fiscalYearReport.orgs.find((o) => o.orgId === 'tateshina')!.totals;
  };

  beforeAll(async () => {
    consortium = await launchTestConsortium('history', ['tateshina', 'shiojiri'], { subgraphs: ['orders', 'workers'] });
    gw = consortium.gatewayUrl;
  });

  afterAll(async () => {
    await consortium?.stop();
  });

  let batchId: string;
  let invoiceBatchIds: string[];

  it('lists the problems of a Shift_JIS file with errors and writes nothing', async () => {
    for (const dryRun of [true, false]) {
      const res = await call<{ importOrderHistory: { problems: { line: number; column: string; code: string }[]; batch: unknown } }>(
        IMPORT_ORDERS,
        input('ORDERS', ORDERS_WITH_ERRORS, dryRun),
      );
      expect(res.data!.importOrderHistory).toEqual({
        rowCount: 2,
        problems: [
          { line: 2, column: '検収日', code: 'IMPORT_DATE_INVALID' },
          { line: 3, column: '受注金額', code: 'IMPORT_YEN_INVALID' },
        ],
        batch: null,
      });
    }
    expect((await call<{ orderImportBatches: unknown[] }>(BATCHES, {})).data!.orderImportBatches).toEqual([]);
    const other = await call(IMPORT_ORDERS, { orgId: 'tateshina', ...input('ORDERS', ORDERS, true) }, 'shiojiri-admin');
    expect(other.errors?.[0].extensions?.code).toBe('CROSS_ORG_REFUSED');
    const director = await call(IMPORT_ORDERS, input('ORDERS', ORDERS, true), 'tateshina-director');
    expect(director.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('imports the corrected files; the fiscal-year report shows the imported years, current and in the snapshot', async () => {
    const orders = await call<{ importOrderHistory: { problems: unknown[]; batch: { id: string } } }>(
      IMPORT_ORDERS,
      input('ORDERS', ORDERS, false),
    );
    expect(orders.data!.importOrderHistory.problems).toEqual([]);
    batchId = orders.data!.importOrderHistory.batch.id;
    // 消費税額 holding the total: refused by line, nothing written; then the invoices and the payments received.
    const bad = await call<{ importOrderHistory: { problems: unknown[]; batch: unknown } }>(
      IMPORT_ORDERS,
      input('INVOICES', INVOICES_WITH_ERRORS, true),
    );
    expect(bad.data!.importOrderHistory).toMatchObject({
      problems: [{ line: 2, column: '消費税額', code: 'IMPORT_ROW_INCONSISTENT' }],
      batch: null,
    });
    invoiceBatchIds = [];
    for (const [kind, text] of [
      ['INVOICES', INVOICES],
      ['INVOICE_PAYMENTS', PAYMENTS],
    ]) {
      const res = await call<{ importOrderHistory: { problems: unknown[]; batch: { id: string } | null } }>(
        IMPORT_ORDERS,
        input(kind, text, false),
      );
      expect([kind, res.errors, res.data!.importOrderHistory.problems]).toEqual([kind, undefined, []]);
      invoiceBatchIds.unshift(res.data!.importOrderHistory.batch!.id);
    }
    for (const [kind, text] of [
      ['WORKERS', WORKERS],
      ['PAY_STATEMENTS', PAY],
    ]) {
      const res = await call<{ importWorkerHistory: { problems: unknown[]; batch: unknown } }>(IMPORT_WORKERS, input(kind, text, false));
      expect([kind, res.errors, res.data!.importWorkerHistory.problems]).toEqual([kind, undefined, []]);
    }
    // 平成30年度 (FY2018): one order accepted on 2019-03-29 and billed that day; one worker registered.
    expect(await totals(2018, true)).toEqual({
      orders: { orderCount: 1, valueYen: '1200000' },
      clientCount: 1,
      workerRegistrations: 1,
      activeWorkers: 0,
      totalWorkerPayYen: '0',
      invoiceCount: 1,
      invoicedYen: '1296000',
      paymentsReceivedYen: '0',
    });
    // 令和元年度 (FY2019): 2019-04-01 .. 2020-03-31; FY2018's invoice was paid in April 2019.
    const fy2019 = {
      orders: { orderCount: 2, valueYen: '125000' },
      clientCount: 2,
      workerRegistrations: 1,
      activeWorkers: 2,
      totalWorkerPayYen: '21000',
      invoiceCount: 2,
      invoicedYen: '135900',
      paymentsReceivedYen: '1382400',
    };
    expect(await totals(2019, true)).toEqual(fy2019);
    const taken = await call<{ takeReportingSnapshot: { orgIds: string[] } }>(TAKE, { fiscalYear: 2019 }, 'consortium-admin');
    expect(taken.data!.takeReportingSnapshot.orgIds).toContain('tateshina');
    expect(await totals(2019, false)).toEqual(fy2019);
  });

  it('voids payments and invoices before the orders they bill: the years lose them, the snapshot keeps what it stored', async () => {
    const early = await call(VOID, { input: { batchId, reason: '年度の誤り' } });
    expect(early.errors?.[0].extensions?.code).toBe('IMPORT_BATCH_IN_USE');
    for (const id of invoiceBatchIds) expect((await call(VOID, { input: { batchId: id, reason: '年度の誤り' } })).errors).toBeUndefined();
    expect(await totals(2019, true)).toMatchObject({ invoiceCount: 0, invoicedYen: '0', paymentsReceivedYen: '0' });
    expect((await call(VOID, { input: { batchId, reason: '年度の誤り' } })).errors).toBeUndefined();
    expect((await totals(2019, true)).orders).toEqual({ orderCount: 0, valueYen: '0' });
    expect(await totals(2019, false)).toMatchObject({ orders: { orderCount: 2, valueYen: '125000' }, invoicedYen: '135900' });
  });

  it("shows a worker's own login the pay imported for them, marked as imported", async () => {
    const sub = (JSON.parse(Buffer.from((await tokenFor('tateshina-worker')).split('.')[1], 'base64url').toString()) as { sub: string })
      .sub;
    const registered = await call<{ registerWorker: { id: string } }>(
      gql`
        mutation ($input: RegisterWorkerInput!) {
          registerWorker(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          familyName: '蓼科',
          givenName: '花子',
          familyNameKana: 'タテシナ',
          givenNameKana: 'ハナコ',
          monthlyHourCap: 40,
          weeklyAvailability: [],
          userId: sub,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const workerId = registered.data!.registerWorker.id;
    // Registered live in Kyodo; the town's books hold their earlier pay, named by their Kyodo id.
    const pay = await call<{ importWorkerHistory: { problems: unknown[] } }>(
      IMPORT_WORKERS,
      input(
        'PAY_STATEMENTS',
        `登録番号,支払月,支給額,源泉徴収税額\r\n${workerId},2019/5,"8,000",\r\n${workerId},2019/6,"12,000",1225`,
        false,
      ),
    );
    expect(pay.data!.importWorkerHistory.problems).toEqual([]);
    const mine = await call<{ myPayStatements: Record<string, unknown>[] }>(
      gql`
        query {
          myPayStatements {
            month
            grossYen
            withholdingYen
            netYen
            imported
            lines {
              amountYen
            }
          }
        }
      `,
      {},
      'tateshina-worker',
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myPayStatements).toEqual([
      { month: '2019-06', grossYen: '12000', withholdingYen: '1225', netYen: '10775', imported: true, lines: [] },
      { month: '2019-05', grossYen: '8000', withholdingYen: '0', netYen: '8000', imported: true, lines: [] },
    ]);
  });
});
