import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { gql, pdfText } from '@kyodo/testing';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';
import { invoiceNumberLabel, japaneseDate } from './invoice-document';

const SET_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) { setInvoiceSettings(input: $input) { orgId issuerName registrationNumber address phone } }
`;
const SETTINGS = gql`
  query { invoiceSettings { issuerName registrationNumber } }
`;
const ISSUE = gql`
  mutation ($input: IssueInvoiceInput!) { issueInvoice(input: $input) { id number lines { id } } }
`;
const CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!, $lines: [CreditNoteLineInput!]) { issueCreditNote(invoiceId: $invoiceId, reason: $reason, lines: $lines) { id number } }
`;
const PDF = gql`
  query ($id: ID!) { invoicePdf(id: $id) { filename contentType byteLength base64 } }
`;

interface Pdf {
  invoicePdf: { filename: string; contentType: string; byteLength: number; base64: string };
}

const ISSUER = { issuerName: '一般社団法人 立科テレワークセンター', registrationNumber: 'T1234567890123', address: '長野県北佐久郡立科町芦田1000', phone: '0267-00-0000' };

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

  const settingsRows = async (): Promise<number> => ((await node.dataSource.query(`SELECT count(*)::int AS n FROM invoice_settings`)) as { n: number }[])[0].n;

  const issue = async (...orders: [string, number][]): Promise<{ id: string; number: number; lines: { id: string }[] }> => {
    const orderIds: string[] = [];
    for (const [title, valueYen] of orders) {
      const id = await seedOrder(node, clientId, { title, valueYen });
      await walkOrder(node, id, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']);
      orderIds.push(id);
    }
    const res = await node.call<{ issueInvoice: { id: string; number: number; lines: { id: string }[] } }>(ISSUE, { input: { clientId, orderIds } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.issueInvoice;
  };

  it('refuses the PDF until the issuer is set, and lets only an org admin set it, validated and audited', async () => {
    const invoice = await issue(['住民票データ入力', 120_000]);
    expect((await node.call(PDF, { id: invoice.id })).errors?.[0].extensions?.code).toBe('INVOICE_ISSUER_NOT_SET');

    expect((await node.call(SET_SETTINGS, { input: ISSUER })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await node.call(SET_SETTINGS, { input: ISSUER }, 'shiojiri-admin')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await node.call(SET_SETTINGS, { input: { ...ISSUER, registrationNumber: 'T123' } }, 'tateshina-admin');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/registrationNumber/);
    expect(await settingsRows()).toBe(0);

    const set = await node.call(SET_SETTINGS, { input: ISSUER }, 'tateshina-admin');
    expect(set.errors).toBeUndefined();
    expect(set.data!.setInvoiceSettings).toEqual({ orgId: 'tateshina', ...ISSUER });
    expect((await node.call(SETTINGS)).data!.invoiceSettings).toEqual({ issuerName: ISSUER.issuerName, registrationNumber: ISSUER.registrationNumber });
    const audit = (await node.dataSource.query(`SELECT detail FROM audit_log WHERE action = 'invoice-settings.set'`)) as { detail: { before: unknown; after: { registrationNumber: string } } }[];
    expect(audit).toEqual([{ detail: { before: null, after: expect.objectContaining({ registrationNumber: ISSUER.registrationNumber }) } }]);
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
    for (const expected of ['適格返還請求書', `対象の請求書：${invoiceNumberLabel(fiscalYear, invoice.number)}`, '数量の誤り', '一部取消: 地図データ作成', '¥2,500', '¥250', '¥2,750']) {
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
