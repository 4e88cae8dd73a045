import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { gql, pdfText } from '@kyodo/testing';
import { COMPLETE_ISSUER, OrdersTestNode, seedClient, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';
import { invoiceNumberLabel, japaneseDate } from './invoice-document';

const SET_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      orgId
      issuerName
      registrationNumber
      address
      phone
      bankName
      bankBranch
      bankAccountType
      bankAccountNumber
      bankAccountHolder
      missingForIssue
    }
  }
`;
const SETTINGS = gql`
  query {
    invoiceSettings {
      issuerName
      registrationNumber
    }
  }
`;
const ISSUE = gql`
  mutation ($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      id
      number
      lines {
        id
      }
    }
  }
`;
const CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!, $lines: [CreditNoteLineInput!]) {
    issueCreditNote(invoiceId: $invoiceId, reason: $reason, lines: $lines) {
      id
      number
    }
  }
`;
const PDF = gql`
  query ($id: ID!) {
    invoicePdf(id: $id) {
      filename
      contentType
      byteLength
      base64
    }
  }
`;

interface Pdf {
  invoicePdf: { filename: string; contentType: string; byteLength: number; base64: string };
}

const ISSUER = COMPLETE_ISSUER;
const WITHOUT_BANK = { issuerName: ISSUER.issuerName, registrationNumber: ISSUER.registrationNumber, address: ISSUER.address };
const BANK_FIELDS = ['bankName', 'bankBranch', 'bankAccountType', 'bankAccountNumber', 'bankAccountHolder'];

describe('invoice PDF (請求書) and the issuer settings against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;
  const fiscalYear = fiscalYearOf(tokyoToday());

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_invoice_pdf');
    clientId = await seedClient(node, '立科町 総務課', 'PUBLIC');
  });

  afterAll(async () => {
    await node?.close();
  });

  const settingsRows = async (): Promise<number> =>
    ((await node.dataSource.query(`SELECT count(*)::int AS n FROM invoice_settings`)) as { n: number }[])[0].n;

  const acceptedOrders = async (...orders: [string, number][]): Promise<string[]> => {
    const orderIds: string[] = [];
    for (const [title, valueYen] of orders) {
      const id = await seedOrder(node, clientId, { title, valueYen });
      await walkOrder(node, id, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']);
      orderIds.push(id);
    }
    return orderIds;
  };
  const invoiceRows = async (): Promise<number> =>
    ((await node.dataSource.query(`SELECT count(*)::int AS n FROM invoices`)) as { n: number }[])[0].n;
  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;

  const issue = async (...orders: [string, number][]): Promise<{ id: string; number: number; lines: { id: string }[] }> => {
    const orderIds = await acceptedOrders(...orders);
    const res = await node.call<{ issueInvoice: { id: string; number: number; lines: { id: string }[] } }>(ISSUE, {
      input: { clientId, orderIds },
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.issueInvoice;
  };

  it('refuses to issue until the issuer settings are complete (登録番号, address, 振込先), and lets only an org admin set them, validated and audited', async () => {
    const [orderId] = await acceptedOrders(['住民票データ入力', 120_000]);
    const unset = await node.call(ISSUE, { input: { clientId, orderIds: [orderId] } });
    expect(unset.errors?.[0].extensions).toMatchObject({
      code: 'INVOICE_ISSUER_NOT_SET',
      details: { missing: expect.arrayContaining(['issuerName', ...BANK_FIELDS]) },
    });
    expect([await invoiceRows(), await statusOf(orderId)]).toEqual([0, 'ACCEPTED']);

    expect((await node.call(SET_SETTINGS, { input: ISSUER })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await node.call(SET_SETTINGS, { input: ISSUER }, 'shiojiri-admin')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await node.call(SET_SETTINGS, { input: { ...ISSUER, registrationNumber: 'T123' } }, 'tateshina-admin');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/registrationNumber/);
    expect(await settingsRows()).toBe(0);

    const partial = await node.call<{ setInvoiceSettings: { missingForIssue: string[] } }>(
      SET_SETTINGS,
      { input: WITHOUT_BANK },
      'tateshina-admin',
    );
    expect(partial.data!.setInvoiceSettings.missingForIssue).toEqual(BANK_FIELDS);
    const incomplete = await node.call(ISSUE, { input: { clientId, orderIds: [orderId] } });
    expect(incomplete.errors?.[0].extensions).toMatchObject({ code: 'INVOICE_ISSUER_INCOMPLETE', details: { missing: BANK_FIELDS } });
    expect([await invoiceRows(), await statusOf(orderId)]).toEqual([0, 'ACCEPTED']);
    const badAccount = await node.call(SET_SETTINGS, { input: { ...ISSUER, bankAccountNumber: '12-34' } }, 'tateshina-admin');
    expect(badAccount.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const set = await node.call(SET_SETTINGS, { input: ISSUER }, 'tateshina-admin');
    expect(set.errors).toBeUndefined();
    expect(set.data!.setInvoiceSettings).toEqual({ orgId: 'tateshina', ...ISSUER, missingForIssue: [] });
    expect((await node.call(SETTINGS)).data!.invoiceSettings).toEqual({
      issuerName: ISSUER.issuerName,
      registrationNumber: ISSUER.registrationNumber,
    });
    const audit = (await node.dataSource.query(`SELECT detail FROM audit_log WHERE action = 'invoice-settings.set'`)) as {
      detail: { before: unknown; after: { registrationNumber: string } };
    }[];
    expect(audit).toEqual([
      { detail: { before: null, after: expect.objectContaining({ registrationNumber: ISSUER.registrationNumber, bankName: null }) } },
      {
        detail: {
          before: expect.objectContaining({ bankName: null }),
          after: expect.objectContaining({ bankName: ISSUER.bankName, bankAccountNumber: ISSUER.bankAccountNumber }),
        },
      },
    ]);
    const issued = await node.call(ISSUE, { input: { clientId, orderIds: [orderId] } });
    expect(issued.errors).toBeUndefined();
  });

  it('renders the invoice with Japanese text: issuer, registration number, client, lines, tax per rate, total', async () => {
    const invoice = await issue(['議事録作成（6月定例会）', 50_005], ['封入封緘作業', 33_333]);
    const res = await node.call<Pdf>(PDF, { id: invoice.id });
    expect(res.errors).toBeUndefined();
    const label = invoiceNumberLabel(fiscalYear, invoice.number);
    expect(res.data!.invoicePdf).toMatchObject({ filename: `invoice-${label}.pdf`, contentType: 'application/pdf' });
    const bytes = Buffer.from(res.data!.invoicePdf.base64, 'base64');
    expect(bytes.length).toBe(res.data!.invoicePdf.byteLength);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');

    const text = await pdfText(bytes);
    // 83,338 × 10% = 8,333.8, rounded down once for the invoice.
    for (const expected of [
      '請求書',
      label,
      japaneseDate(tokyoToday()),
      '立科町 総務課 御中',
      ISSUER.issuerName,
      `登録番号：${ISSUER.registrationNumber}`,
      '議事録作成（6月定例会）',
      '封入封緘作業',
      '¥50,005',
      '¥33,333',
      '10%対象',
      '¥83,338',
      '¥8,333',
      '¥91,671',
      // 取引年月日 (the day of 検収, today here), 支払期限 (翌月末 by default) and 振込先.
      `取引年月日：${japaneseDate(tokyoToday())}`,
      'お支払期限：',
      'お振込先',
      `${ISSUER.bankName} ${ISSUER.bankBranch} 普通 ${ISSUER.bankAccountNumber} ${ISSUER.bankAccountHolder}`,
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
  });

  it('renders a credit note as 適格返還請求書 naming the corrected invoice', async () => {
    const invoice = await issue(['地図データ作成', 10_000]);
    const credit = await node.call<{ issueCreditNote: { id: string; number: number } }>(CREDIT, {
      invoiceId: invoice.id,
      reason: '数量の誤り',
      lines: [{ lineId: invoice.lines[0].id, amountYen: 2_500 }],
    });
    const res = await node.call<Pdf>(PDF, { id: credit.data!.issueCreditNote.id });
    expect(res.data!.invoicePdf.filename).toBe(`credit-note-${invoiceNumberLabel(fiscalYear, credit.data!.issueCreditNote.number)}.pdf`);
    const text = await pdfText(Buffer.from(res.data!.invoicePdf.base64, 'base64'));
    for (const expected of [
      '適格返還請求書',
      `対象の請求書：${invoiceNumberLabel(fiscalYear, invoice.number)}`,
      '数量の誤り',
      '一部取消: 地図データ作成',
      '¥2,500',
      '¥250',
      '¥2,750',
    ]) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
  });

  it('refuses an unknown invoice, a malformed id, and callers of another role or org', async () => {
    const invoice = await issue(['研修資料作成', 1_000]);
    expect((await node.call(PDF, { id: '00000000-0000-4000-8000-000000000000' })).errors?.[0].extensions?.code).toBe('INVOICE_NOT_FOUND');
    expect((await node.call(PDF, { id: 'nope' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await node.call(PDF, { id: invoice.id }, 'tateshina-worker')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const foreign = await node.call<Pdf>(PDF, { id: invoice.id }, 'shiojiri-director');
    expect([foreign.errors?.[0].extensions?.code, foreign.data?.invoicePdf ?? null]).toEqual(['FORBIDDEN', null]);
  });
});
