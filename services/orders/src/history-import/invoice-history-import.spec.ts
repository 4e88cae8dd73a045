import iconv from 'iconv-lite';
import { DataSource } from 'typeorm';
import { gql, startTestNode, TestNode } from '@kyodo/testing';
import { createOrdersApp, migrateOrders } from '../orders-node';

const IMPORT = gql`
  mutation ($orgId: String, $input: ImportHistoryInput!) {
    importOrderHistory(orgId: $orgId, input: $input) {
      kind
      dryRun
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
  mutation ($orgId: String, $input: VoidImportBatchInput!) {
    voidOrderImportBatch(orgId: $orgId, input: $input) {
      id
      voidedAt
    }
  }
`;
const AGGREGATES = gql`
  query ($fiscalYear: Int!) {
    consortiumOrderAggregates(fiscalYear: $fiscalYear) {
      invoicing {
        invoiceCount
        subtotalYen
        taxYen
        totalYen
        receivedYen
      }
    }
  }
`;
const INVOICES = gql`
  query ($fiscalYear: Int!) {
    invoices(fiscalYear: $fiscalYear) {
      id
      number
      importReference
      importBatchId
      voidedAt
      issuedOn
      totalYen
      dueYen
      paidYen
      paymentStatus
      payments {
        receivedOn
        amountYen
        importBatchId
      }
    }
  }
`;
const PAY = gql`
  mutation ($input: RecordInvoicePaymentInput!) {
    recordInvoicePayment(input: $input) {
      id
    }
  }
`;
const CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!) {
    issueCreditNote(invoiceId: $invoiceId, reason: $reason) {
      id
    }
  }
`;
const PDF = gql`
  query ($id: ID!) {
    invoicePdf(id: $id) {
      base64
    }
  }
`;

interface ImportAnswer {
  importOrderHistory: {
    kind: string;
    dryRun: boolean;
    encoding: string;
    rowCount: number;
    problems: { line: number; column: string | null; code: string }[];
    batch: { id: string; kind: string; rowCount: number } | null;
  };
}
interface InvoiceRow {
  id: string;
  number: number | null;
  importReference: string | null;
  importBatchId: string | null;
  voidedAt: string | null;
  issuedOn: string;
  totalYen: string;
  dueYen: string;
  paidYen: string;
  paymentStatus: string;
  payments: { receivedOn: string; amountYen: string; importBatchId: string | null }[];
}

const ORDERS = [
  '受注番号,発注者,発注者区分,件名,業務分類,定型,受注金額,検収日',
  'R4-001,立科町 総務課,公共,住民台帳 入力,データ入力,はい,"120,000",2022/6/30',
  'R4-002,蓼科観光協会,民間,アンケート集計,EVENT_SURVEY,いいえ,80000,2023/2/28',
  'R4-003,蓼科観光協会,民間,アンケート集計 追加,EVENT_SURVEY,いいえ,15000,2023/3/15',
  'R5-001,立科町 総務課,公共,議事録作成,WRITING,はい,50000,2023/4/1',
  'R5-002,立科町 総務課,公共,研修資料作成,TRAINING,はい,30000,2023/9/1',
  'R5-003,立科町 教育委員会,公共,GIGA端末設定,GIGA_SCHOOL,はい,45000,2023/10/1',
].join('\r\n');

/** 請求実績 as the town's accounting keeps it, with the mistakes a first export has. */
const INVOICES_WITH_ERRORS = [
  '請求書番号,発注者,発行日,税抜金額,消費税額,税込金額,支払期限,受注番号',
  'R4-請001,立科町 総務課,2022/7/10,"120,000","12,000","132,000",2022/8/31,R4-001',
  'R4-請002,蓼科観光協会,2023/3/5,95000,95000,,,R4-002・R4-003',
  'R5-請001,立科町 総務課,2023/9/30,80000,8000,88800,,R5-001 R5-002',
  'R5-請002,立科町 教育委員会,2024/3/32,45000,4500,,,R5-003',
  'R5-請003,立科町 総務課,2023/12/1,1000,100,,,R5-999',
  'R5-請004,立科町 総務課,2024/1/15,45000,4500,,,R5-003',
  'R4-請001,立科町 総務課,2024/2/1,1000,100,,,',
  'R5-請005,知らない会社,2024/2/1,1000,100,,2024/1/1,',
].join('\r\n');
const INVOICES_CORRECTED = [
  '請求書番号,発注者,発行日,税抜金額,消費税額,税込金額,支払期限,受注番号',
  'R4-請001,立科町 総務課,2022/7/10,"120,000","12,000","132,000",2022/8/31,R4-001',
  'R4-請002,蓼科観光協会,2023/3/5,95000,9500,,,R4-002・R4-003',
  'R5-請001,立科町 総務課,2023/9/30,80000,8000,88000,,R5-001 R5-002',
  'R5-請002,立科町 教育委員会,2024/3/29,45000,4500,,,R5-003',
].join('\r\n');
const PAYMENTS_WITH_ERRORS = [
  '請求書番号,入金日,入金額,備考',
  'R4-請001,2022/8/31,"132,000",振込',
  'R4-請002,2023/3/1,104500,',
  'R5-請001,2023/10/31,100000,',
  'X-999,2023/11/1,1000,',
  'R5-請002,2024/4/30,0,',
].join('\r\n');
const PAYMENTS_CORRECTED = [
  '請求書番号,入金日,入金額,備考',
  'R4-請001,2022/8/31,"132,000",振込',
  'R4-請002,2023/4/10,104500,',
  'R5-請001,2023/10/31,50000,一部',
  'R5-請001,2023/11/30,38000,残額',
].join('\r\n');

const sjis = (text: string) => iconv.encode(text, 'cp932').toString('base64');
const utf8 = (text: string) => Buffer.from(text).toString('base64');

describe('history import of invoices and payments received, against PostgreSQL', () => {
  let node: TestNode;
  let sql: DataSource;

  beforeAll(async () => {
    node = await startTestNode({
      label: 'orders_invoice_history_import',
      migrate: migrateOrders,
      create: (databaseUrl, auth) => createOrdersApp({ orgId: 'tateshina', databaseUrl, auth }),
      callerUsername: 'tateshina-admin',
    });
    sql = node.dataSource;
    const orders = await importFile(sjis(ORDERS), false, 'ORDERS');
    expect(orders.data!.importOrderHistory.problems).toEqual([]);
    ordersBatch = orders.data!.importOrderHistory.batch!.id;
  });

  afterAll(async () => {
    await node?.close();
  });

  const importFile = (csvBase64: string, dryRun: boolean, kind: string, as?: string, orgId?: string) =>
    node.call<ImportAnswer>(IMPORT, { orgId, input: { kind, csvBase64, fileName: '請求実績.csv', dryRun } }, as);
  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM invoices)::int AS invoices, (SELECT count(*) FROM invoice_payments)::int AS payments,
        (SELECT count(*) FROM invoice_receivables)::int AS receivables, (SELECT count(*) FROM imported_invoice_orders)::int AS links,
        (SELECT count(*) FROM import_batches)::int AS batches, (SELECT count(*) FROM audit_log)::int AS audit`)
    )[0] as Record<string, number>;
  const invoicing = async (fiscalYear: number) =>
    (
      await node.call<{ consortiumOrderAggregates: { invoicing: Record<string, unknown> }[] }>(
        AGGREGATES,
        { fiscalYear },
        'consortium-admin',
      )
    ).data!.consortiumOrderAggregates[0].invoicing;
  /** The year's invoices by 請求書番号; where a voided batch and its corrected import share one, the standing invoice. */
  const invoices = async (fiscalYear: number) => {
    const all = (await node.call<{ invoices: InvoiceRow[] }>(INVOICES, { fiscalYear })).data!.invoices;
    return new Map([...all].sort((a, b) => Number(a.voidedAt === null) - Number(b.voidedAt === null)).map((i) => [i.importReference, i]));
  };
  const problemsOf = (answer: { data?: ImportAnswer | null }) =>
    answer.data!.importOrderHistory.problems.map((p) => [p.line, p.column, p.code]);

  let ordersBatch: string;
  let invoiceBatch: string;
  let paymentBatch: string;

  it('lists every problem of a Shift_JIS invoices file by line in a dry run; a real import of it writes nothing', async () => {
    const before = await counts();
    const dry = await importFile(sjis(INVOICES_WITH_ERRORS), true, 'INVOICES');
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.importOrderHistory).toMatchObject({ kind: 'INVOICES', encoding: 'Shift_JIS', rowCount: 8, batch: null });
    expect(problemsOf(dry)).toEqual([
      [3, '消費税額', 'IMPORT_ROW_INCONSISTENT'],
      [4, '税込金額', 'IMPORT_ROW_INCONSISTENT'],
      [5, '発行日', 'IMPORT_DATE_INVALID'],
      // Found against the node's data, for a row clean on its own.
      [6, '受注番号', 'IMPORT_REFERENCE_UNKNOWN'],
      // R5-003 is billed on line 5 first (a row with problems still claims its orders in the file).
      [7, '受注番号', 'IMPORT_DUPLICATE_IN_FILE'],
      [8, '請求書番号', 'IMPORT_DUPLICATE_IN_FILE'],
      [9, '支払期限', 'IMPORT_ROW_INCONSISTENT'],
    ]);
    const real = await importFile(sjis(INVOICES_WITH_ERRORS), false, 'INVOICES');
    expect(real.data!.importOrderHistory.batch).toBeNull();
    expect(problemsOf(real)).toHaveLength(6);
    expect(await counts()).toEqual(before);

    // Against the node's data: an unknown client, an order of another client.
    const rows = INVOICES_WITH_ERRORS.split('\r\n');
    const clean = [rows[0], rows[1], 'R5-請004,立科町 総務課,2024/1/15,45000,4500,,,R5-003', 'R5-請005,知らない会社,2024/2/1,1000,100,,,'];
    const against = await importFile(utf8(clean.join('\n')), true, 'INVOICES');
    expect(problemsOf(against)).toEqual([
      [3, '受注番号', 'IMPORT_ROW_INCONSISTENT'],
      [4, '発注者', 'IMPORT_REFERENCE_UNKNOWN'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('imports the corrected file as one audited batch: no Kyodo number, due in full, and counted in the fiscal year of issue', async () => {
    const before = await counts();
    const res = await importFile(sjis(INVOICES_CORRECTED), false, 'INVOICES');
    expect(res.errors).toBeUndefined();
    expect(res.data!.importOrderHistory.problems).toEqual([]);
    expect(res.data!.importOrderHistory.batch).toMatchObject({ kind: 'INVOICES', rowCount: 4 });
    invoiceBatch = res.data!.importOrderHistory.batch!.id;
    expect(await counts()).toEqual({
      ...before,
      invoices: 4,
      receivables: 4,
      links: 6,
      batches: before.batches + 1,
      audit: before.audit + 1,
    });
    const [audit] = await sql.query(`SELECT detail FROM audit_log WHERE action = 'history-import.import' AND entity_id = $1`, [
      invoiceBatch,
    ]);
    expect(audit.detail).toMatchObject({ kind: 'INVOICES', invoices: 4, ordersBilled: 6 });

    const fy2022 = await invoices(2022);
    expect(fy2022.get('R4-請001')).toMatchObject({
      number: null,
      importBatchId: invoiceBatch,
      voidedAt: null,
      issuedOn: '2022-07-10',
      totalYen: '132000',
      dueYen: '132000',
      paidYen: '0',
      paymentStatus: 'UNPAID',
    });
    expect([...fy2022.keys()].sort()).toEqual(['R4-請001', 'R4-請002']);
    expect([...(await invoices(2023)).keys()].sort()).toEqual(['R5-請001', 'R5-請002']);
    expect(await invoicing(2022)).toEqual({
      invoiceCount: 2,
      subtotalYen: '215000',
      taxYen: '21500',
      totalYen: '236500',
      receivedYen: '0',
    });
    expect(await invoicing(2023)).toMatchObject({ invoiceCount: 2, totalYen: '137500' });

    // The same file again is on the books already: every invoice number and every order it bills.
    const again = await importFile(utf8(INVOICES_CORRECTED), true, 'INVOICES');
    expect(new Set(again.data!.importOrderHistory.problems.map((p) => p.code))).toEqual(new Set(['IMPORT_ALREADY_RECORDED']));
    expect(again.data!.importOrderHistory.problems).toHaveLength(4 + 6);
  });

  it('checks payments against the imported invoices, writes nothing with a problem, then imports the corrected file', async () => {
    const before = await counts();
    const dry = await importFile(sjis(PAYMENTS_WITH_ERRORS), true, 'INVOICE_PAYMENTS');
    expect(dry.data!.importOrderHistory).toMatchObject({ encoding: 'Shift_JIS', rowCount: 5 });
    expect(problemsOf(dry)).toEqual([
      [3, '入金日', 'IMPORT_ROW_INCONSISTENT'],
      [4, '入金額', 'IMPORT_ROW_INCONSISTENT'],
      [5, '請求書番号', 'IMPORT_REFERENCE_UNKNOWN'],
      [6, '入金額', 'IMPORT_YEN_INVALID'],
    ]);
    expect((await importFile(sjis(PAYMENTS_WITH_ERRORS), false, 'INVOICE_PAYMENTS')).data!.importOrderHistory.batch).toBeNull();
    expect(await counts()).toEqual(before);

    const res = await importFile(sjis(PAYMENTS_CORRECTED), false, 'INVOICE_PAYMENTS');
    expect(res.data!.importOrderHistory.problems).toEqual([]);
    paymentBatch = res.data!.importOrderHistory.batch!.id;
    expect(await counts()).toEqual({ ...before, payments: 4, batches: before.batches + 1, audit: before.audit + 1 });

    const fy2022 = await invoices(2022);
    expect(fy2022.get('R4-請001')).toMatchObject({ paidYen: '132000', paymentStatus: 'PAID' });
    expect(fy2022.get('R4-請001')!.payments).toEqual([{ receivedOn: '2022-08-31', amountYen: '132000', importBatchId: paymentBatch }]);
    expect((await invoices(2023)).get('R5-請001')).toMatchObject({ paidYen: '88000', paymentStatus: 'PAID' });
    // Received counts in the year the money arrived: R4-請002's payment came in April 2023 (FY2023).
    expect(await invoicing(2022)).toMatchObject({ totalYen: '236500', receivedYen: '132000' });
    expect(await invoicing(2023)).toMatchObject({ totalYen: '137500', receivedYen: '192500' });

    const again = await importFile(utf8(PAYMENTS_CORRECTED), true, 'INVOICE_PAYMENTS');
    expect(new Set(again.data!.importOrderHistory.problems.map((p) => p.code))).toEqual(new Set(['IMPORT_ALREADY_RECORDED']));
  });

  it('never changes an imported invoice or payment: no second payment, no credit note, no PDF, and the database refuses updates', async () => {
    const paid = (await invoices(2022)).get('R4-請001')!;
    const second = await node.call(
      PAY,
      { input: { invoiceId: paid.id, receivedOn: '2024-01-10', amountYen: '1000' } },
      'tateshina-director',
    );
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'PAYMENT_EXCEEDS_BALANCE', details: { balanceYen: '0' } });
    const credit = await node.call(CREDIT, { invoiceId: paid.id, reason: '訂正' }, 'tateshina-director');
    expect(credit.errors?.[0].extensions).toMatchObject({ code: 'IMPORTED_RECORD_IMMUTABLE', details: { importBatchId: invoiceBatch } });
    expect((await node.call(PDF, { id: paid.id }, 'tateshina-director')).errors?.[0].extensions?.code).toBe('IMPORTED_RECORD_IMMUTABLE');
    await expect(sql.query(`UPDATE invoices SET total_yen = 1 WHERE id = $1`, [paid.id])).rejects.toThrow(/never change/);
    await expect(sql.query(`DELETE FROM invoices WHERE id = $1`, [paid.id])).rejects.toThrow(/never change/);
    await expect(sql.query(`UPDATE invoice_payments SET amount_yen = 1 WHERE invoice_id = $1`, [paid.id])).rejects.toThrow(/never change/);
    await expect(sql.query(`DELETE FROM imported_invoice_orders WHERE invoice_id = $1`, [paid.id])).rejects.toThrow(/never change/);
    // Even while a void is announced, only voided_at of that batch's rows may change.
    await expect(
      sql.transaction(async (tx) => {
        await tx.query(`SELECT set_config('kyodo.voiding_batch', $1, true)`, [invoiceBatch]);
        await tx.query(`UPDATE invoices SET total_yen = 1 WHERE id = $1`, [paid.id]);
      }),
    ).rejects.toThrow(/never change/);
  });

  it('refuses a director, a worker and another member, and writes nothing', async () => {
    const before = await counts();
    for (const [as, orgId] of [
      ['tateshina-director', undefined],
      ['tateshina-worker', undefined],
      ['shiojiri-admin', 'shiojiri'],
      ['shiojiri-admin', 'tateshina'],
    ] as const) {
      for (const [kind, file] of [
        ['INVOICES', INVOICES_CORRECTED.replaceAll('請', '新')],
        ['INVOICE_PAYMENTS', PAYMENTS_CORRECTED],
      ]) {
        const res = await importFile(utf8(file), false, kind, as, orgId);
        expect([as, orgId, kind, res.errors?.[0].extensions?.code]).toEqual([as, orgId, kind, 'FORBIDDEN']);
      }
      const voiding = await node.call(VOID, { orgId, input: { batchId: paymentBatch, reason: '誤り' } }, as);
      expect([as, orgId, voiding.errors?.[0].extensions?.code]).toEqual([as, orgId, 'FORBIDDEN']);
    }
    expect(await counts()).toEqual(before);
  });

  it('voids payments, then invoices, each as a whole and audited: they leave the reports, and a live payment keeps its invoice standing', async () => {
    const inUse = await node.call(VOID, { input: { batchId: invoiceBatch, reason: '年度の誤り' } });
    expect(inUse.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_BATCH_IN_USE', details: { payments: 4 } });

    expect((await node.call(VOID, { input: { batchId: paymentBatch, reason: '入金日の誤り' } })).errors).toBeUndefined();
    expect(await invoicing(2023)).toMatchObject({ totalYen: '137500', receivedYen: '0' });
    expect((await invoices(2022)).get('R4-請001')).toMatchObject({ paidYen: '0', paymentStatus: 'UNPAID' });
    expect((await invoices(2022)).get('R4-請001')!.payments).toHaveLength(1);

    expect((await node.call(VOID, { input: { batchId: invoiceBatch, reason: '年度の誤り' } })).errors).toBeUndefined();
    const audits = (await sql.query(
      `SELECT entity_id, detail FROM audit_log WHERE action = 'history-import.void' AND entity_id = ANY($1::text[]) ORDER BY id`,
      [[paymentBatch, invoiceBatch]],
    )) as { entity_id: string; detail: Record<string, unknown> }[];
    expect(audits.map((a) => [a.entity_id, a.detail.kind, a.detail.recordsVoided])).toEqual([
      [paymentBatch, 'INVOICE_PAYMENTS', 4],
      [invoiceBatch, 'INVOICES', 4],
    ]);
    expect(await invoicing(2022)).toEqual({ invoiceCount: 0, subtotalYen: '0', taxYen: '0', totalYen: '0', receivedYen: '0' });
    const voided = (await invoices(2022)).get('R4-請001')!;
    expect(voided.voidedAt).not.toBeNull();
    const late = await node.call(
      PAY,
      { input: { invoiceId: voided.id, receivedOn: '2024-01-10', amountYen: '1000' } },
      'tateshina-director',
    );
    expect(late.errors?.[0].extensions?.code).toBe('IMPORTED_RECORD_IMMUTABLE');

    // The corrected history imports again; a payment received live later counts, and holds the batch.
    const again = await importFile(sjis(INVOICES_CORRECTED), false, 'INVOICES');
    expect(again.data!.importOrderHistory.problems).toEqual([]);
    expect(await invoicing(2022)).toMatchObject({ invoiceCount: 2, totalYen: '236500' });
    const open = (await invoices(2023)).get('R5-請002')!;
    const live = await node.call(
      PAY,
      { input: { invoiceId: open.id, receivedOn: '2024-04-30', amountYen: '49500' } },
      'tateshina-director',
    );
    expect(live.errors).toBeUndefined();
    expect(await invoicing(2024)).toMatchObject({ invoiceCount: 0, receivedYen: '49500' });
    const held = await node.call(VOID, { input: { batchId: again.data!.importOrderHistory.batch!.id, reason: 'x' } });
    expect(held.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_BATCH_IN_USE', details: { payments: 1 } });
    // Orders that standing imported invoices bill stay until those invoices are voided.
    const billed = await node.call(VOID, { input: { batchId: ordersBatch, reason: 'x' } });
    expect(billed.errors?.[0].extensions).toMatchObject({ code: 'IMPORT_BATCH_IN_USE', details: { invoices: 4 } });
  });
});
