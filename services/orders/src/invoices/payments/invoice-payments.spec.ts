import { gql, pdfText } from '@kyodo/testing';
import { tokyoToday } from '@kyodo/domain';
import {
  COMPLETE_ISSUER,
  OrdersTestNode,
  seedClient,
  seedIssuer,
  seedOrder,
  startOrdersTestNode,
  walkOrder,
} from '../../test-support/orders-test-node';
import { japaneseDate } from '../invoice-document';

const ISSUE = gql`
  mutation ($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      id
      number
      subtotalYen
      taxYen
      totalYen
      paymentDueOn
      dueYen
      paidYen
      paymentStatus
      lines {
        id
        amountYen
      }
    }
  }
`;
const CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!, $lines: [CreditNoteLineInput!]) {
    issueCreditNote(invoiceId: $invoiceId, reason: $reason, lines: $lines) {
      id
      totalYen
      dueYen
      paymentStatus
    }
  }
`;
const PAY = gql`
  mutation ($input: RecordInvoicePaymentInput!) {
    recordInvoicePayment(input: $input) {
      id
      invoiceId
      receivedOn
      amountYen
      note
    }
  }
`;
const INVOICE = gql`
  query ($id: ID!) {
    invoice(id: $id) {
      totalYen
      dueYen
      paidYen
      paymentStatus
      payments {
        receivedOn
        amountYen
      }
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
const SET_SETTINGS = gql`
  mutation ($input: SetInvoiceSettingsInput!) {
    setInvoiceSettings(input: $input) {
      orgId
    }
  }
`;

interface Issued {
  issueInvoice: {
    id: string;
    number: number;
    subtotalYen: string;
    taxYen: string;
    totalYen: string;
    paymentDueOn: string;
    dueYen: string;
    paidYen: string;
    paymentStatus: string;
    lines: { id: string; amountYen: string }[];
  };
}
interface InvoiceMoney {
  invoice: {
    totalYen: string;
    dueYen: string;
    paidYen: string;
    paymentStatus: string;
    payments: { receivedOn: string; amountYen: string }[];
  };
}

/** The Tokyo calendar day `days` from today (negative: before). */
const tokyoDay = (days: number): string => {
  const d = new Date(`${tokyoToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe('invoice payments (入金), snapshots and amounts past 2^53 against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_invoice_payments');
    clientId = await seedClient(node, '立科町 企画課');
    await seedIssuer(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  const acceptedOrder = async (valueYen: number | string, title = '検収済み案件'): Promise<string> => {
    const id = await seedOrder(node, clientId, { valueYen, title });
    await walkOrder(node, id, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']);
    return id;
  };
  const issue = async (orderIds: string[], extra: Record<string, unknown> = {}): Promise<Issued['issueInvoice']> => {
    const res = await node.call<Issued>(ISSUE, { input: { clientId, orderIds, ...extra } });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.issueInvoice;
  };
  const money = async (id: string): Promise<InvoiceMoney['invoice']> => (await node.call<InvoiceMoney>(INVOICE, { id })).data!.invoice;
  const pay = (invoiceId: string, amountYen: number | string, receivedOn = tokyoToday(), as?: string) =>
    node.call<{ recordInvoicePayment: { id: string } }>(PAY, { input: { invoiceId, receivedOn, amountYen } }, as);
  const paymentRows = async (invoiceId: string): Promise<number> =>
    (
      (await node.dataSource.query(`SELECT count(*)::int AS n FROM invoice_payments WHERE invoice_id = $1`, [invoiceId])) as { n: number }[]
    )[0].n;
  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;
  const pdfOf = async (id: string): Promise<string> =>
    pdfText(Buffer.from((await node.call<{ invoicePdf: { base64: string } }>(PDF, { id })).data!.invoicePdf.base64, 'base64'));

  it('adds up partial payments; the one reaching the total makes the invoice and its orders PAID, each audited', async () => {
    const orders = [await acceptedOrder(60_000, '前半'), await acceptedOrder(40_000, '後半')];
    const invoice = await issue(orders);
    expect(invoice).toMatchObject({ totalYen: '110000', dueYen: '110000', paidYen: '0', paymentStatus: 'UNPAID' });

    const first = await node.call(PAY, {
      input: { invoiceId: invoice.id, receivedOn: tokyoDay(-1), amountYen: '50000', note: '振込 第1回' },
    });
    expect(first.data).toEqual({
      recordInvoicePayment: {
        id: expect.any(String),
        invoiceId: invoice.id,
        receivedOn: tokyoDay(-1),
        amountYen: '50000',
        note: '振込 第1回',
      },
    });
    expect(await money(invoice.id)).toEqual({
      totalYen: '110000',
      dueYen: '110000',
      paidYen: '50000',
      paymentStatus: 'PARTIALLY_PAID',
      payments: [{ receivedOn: tokyoDay(-1), amountYen: '50000' }],
    });
    for (const id of orders) expect(await statusOf(id)).toBe('INVOICED');

    expect((await pay(invoice.id, 60_000)).errors).toBeUndefined();
    expect(await money(invoice.id)).toMatchObject({ paidYen: '110000', paymentStatus: 'PAID' });
    for (const id of orders) expect(await statusOf(id)).toBe('PAID');
    const audit = (await node.dataSource.query(
      `SELECT detail FROM audit_log WHERE action = 'invoice.payment' AND entity_id = $1 ORDER BY id`,
      [invoice.id],
    )) as { detail: Record<string, string> }[];
    expect(audit.map((a) => [a.detail.amountYen, a.detail.paidYen, a.detail.dueYen])).toEqual([
      ['50000', '50000', '110000'],
      ['60000', '110000', '110000'],
    ]);
    // Paid in full: nothing more is taken.
    expect((await pay(invoice.id, 1)).errors?.[0].extensions).toMatchObject({
      code: 'PAYMENT_EXCEEDS_BALANCE',
      details: { balanceYen: '0' },
    });
  });

  it('refuses overpayment, a future date, bad amounts, a credit note, unknown ids, other roles and orgs; writes nothing', async () => {
    const invoice = await issue([await acceptedOrder(10_000)]);
    const credit = await node.call<{ issueCreditNote: { id: string } }>(CREDIT, {
      invoiceId: invoice.id,
      reason: '値引',
      lines: [{ lineId: invoice.lines[0].id, amountYen: '1000' }],
    });
    const creditId = credit.data!.issueCreditNote.id;
    // ¥11,000 less the credit note's ¥1,100 is due.
    expect(await money(invoice.id)).toMatchObject({ dueYen: '9900', paidYen: '0', paymentStatus: 'UNPAID' });
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ invoiceId: invoice.id, amountYen: '9901' }, 'PAYMENT_EXCEEDS_BALANCE', undefined],
      [{ invoiceId: invoice.id, amountYen: '100', receivedOn: tokyoDay(1) }, 'PAYMENT_DATE_IN_FUTURE', undefined],
      [{ invoiceId: invoice.id, amountYen: '0' }, 'BAD_USER_INPUT', undefined],
      [{ invoiceId: invoice.id, amountYen: '-5' }, 'BAD_USER_INPUT', undefined],
      [{ invoiceId: invoice.id, amountYen: '12.5' }, 'BAD_USER_INPUT', undefined],
      [{ invoiceId: invoice.id, amountYen: 1.5 }, 'BAD_USER_INPUT', undefined],
      [{ invoiceId: invoice.id, amountYen: '100', receivedOn: '2026-02-30' }, 'BAD_USER_INPUT', undefined],
      [{ invoiceId: creditId, amountYen: '100' }, 'INVOICE_NOT_PAYABLE', undefined],
      [{ invoiceId: '00000000-0000-4000-8000-000000000000', amountYen: '100' }, 'INVOICE_NOT_FOUND', undefined],
      [{ invoiceId: 'invoice-1', amountYen: '100' }, 'BAD_USER_INPUT', undefined],
      [{ invoiceId: invoice.id, amountYen: '100' }, 'FORBIDDEN', 'tateshina-worker'],
      [{ invoiceId: invoice.id, amountYen: '100' }, 'FORBIDDEN', 'shiojiri-director'],
    ];
    for (const [input, code, as] of cases) {
      const res = await node.call(PAY, { input: { receivedOn: tokyoToday(), ...input } }, as);
      expect([input, res.errors?.[0].extensions?.code]).toEqual([input, code]);
    }
    const over = await pay(invoice.id, '9901');
    expect(over.errors?.[0].extensions?.details).toEqual({ invoiceId: invoice.id, balanceYen: '9900' });
    expect(await paymentRows(invoice.id)).toBe(0);
    expect(await money(invoice.id)).toMatchObject({ paidYen: '0', paymentStatus: 'UNPAID' });
    const audit = (await node.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'invoice.payment' AND entity_id = $1`,
      [invoice.id],
    )) as { n: number }[];
    expect(audit[0].n).toBe(0);
  });

  it('lets exactly one of two concurrent payments that together overpay succeed', async () => {
    const invoice = await issue([await acceptedOrder(100_000)]);
    // ¥110,000 due; ¥60,000 + ¥60,000 would be ¥10,000 too much.
    const results = await Promise.all([pay(invoice.id, 60_000), pay(invoice.id, 60_000)]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions)).toEqual([
      expect.objectContaining({ code: 'PAYMENT_EXCEEDS_BALANCE', details: { invoiceId: invoice.id, balanceYen: '50000' } }),
    ]);
    expect(await paymentRows(invoice.id)).toBe(1);
    expect(await money(invoice.id)).toMatchObject({ paidYen: '60000', paymentStatus: 'PARTIALLY_PAID' });

    // Ten more at once, ¥20,000 each, into the ¥50,000 left: two fit.
    const more = await Promise.all(Array.from({ length: 10 }, () => pay(invoice.id, 20_000)));
    expect(more.filter((r) => !r.errors)).toHaveLength(2);
    expect(await money(invoice.id)).toMatchObject({ paidYen: '100000', paymentStatus: 'PARTIALLY_PAID' });
  });

  it('holds paid within due in the database itself, whatever writes the row', async () => {
    const invoice = await issue([await acceptedOrder(1_000)]);
    await expect(
      node.dataSource.query(`UPDATE invoice_receivables SET paid_yen = due_yen + 1 WHERE invoice_id = $1`, [invoice.id]),
    ).rejects.toMatchObject({
      driverError: { constraint: 'invoice_paid_within_due' },
    });
    expect((await pay(invoice.id, 1_100)).errors).toBeUndefined();
    await expect(node.dataSource.query(`DELETE FROM invoice_payments WHERE invoice_id = $1`, [invoice.id])).rejects.toThrow(/never change/);
  });

  it('refuses a credit note that would leave less due than was paid, and counts one that fits', async () => {
    const invoice = await issue([await acceptedOrder(10_000)]);
    expect((await pay(invoice.id, 10_000)).errors).toBeUndefined();
    // ¥11,000 due, ¥10,000 paid: a ¥1,000 + tax credit leaves ¥9,900 due, below what was paid.
    const tooMuch = await node.call(CREDIT, {
      invoiceId: invoice.id,
      reason: '値引',
      lines: [{ lineId: invoice.lines[0].id, amountYen: '1000' }],
    });
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ code: 'CREDIT_EXCEEDS_UNPAID', details: { invoiceId: invoice.id } });
    expect(await money(invoice.id)).toMatchObject({ dueYen: '11000', paidYen: '10000' });
    const fits = await node.call<{ issueCreditNote: { totalYen: string; dueYen: string | null; paymentStatus: string | null } }>(CREDIT, {
      invoiceId: invoice.id,
      reason: '値引',
      lines: [{ lineId: invoice.lines[0].id, amountYen: '900' }],
    });
    expect(fits.data!.issueCreditNote).toEqual({ id: expect.any(String), totalYen: '990', dueYen: null, paymentStatus: null });
    expect(await money(invoice.id)).toMatchObject({ dueYen: '10010', paidYen: '10000', paymentStatus: 'PARTIALLY_PAID' });
    expect((await pay(invoice.id, 10)).errors).toBeUndefined();
    expect((await money(invoice.id)).paymentStatus).toBe('PAID');
  });

  it('keeps an issued invoice as issued: its PDF does not follow later settings, and its snapshot cannot be edited', async () => {
    const invoice = await issue([await acceptedOrder(30_000, '統計調査票 入力')], { paymentDueOn: tokyoDay(45) });
    expect(invoice.paymentDueOn).toBe(tokyoDay(45));
    const before = await pdfOf(invoice.id);
    for (const expected of [
      COMPLETE_ISSUER.issuerName,
      COMPLETE_ISSUER.bankName,
      `お支払期限：${japaneseDate(tokyoDay(45))}`,
      '立科町 企画課 御中',
      '統計調査票 入力',
    ]) {
      expect([expected, before.includes(expected)]).toEqual([expected, true]);
    }

    const moved = await node.call(
      SET_SETTINGS,
      { input: { ...COMPLETE_ISSUER, issuerName: '一般社団法人 新しい名前', bankName: '長野銀行', bankAccountNumber: '7654321' } },
      'tateshina-admin',
    );
    expect(moved.errors).toBeUndefined();
    await node.dataSource.query(`UPDATE clients SET name = '改名後の課' WHERE id = $1`, [clientId]);
    const after = await pdfOf(invoice.id);
    expect(after).toBe(before);
    expect(after).not.toContain('新しい名前');
    expect(after).not.toContain('長野銀行');

    await expect(
      node.dataSource.query(`UPDATE invoices SET snapshot = jsonb_set(snapshot, '{issuer,name}', '"改ざん"') WHERE id = $1`, [invoice.id]),
    ).rejects.toThrow(/never change/);
    await expect(
      node.dataSource.query(`UPDATE invoices SET payment_due_on = payment_due_on + 30 WHERE id = $1`, [invoice.id]),
    ).rejects.toThrow(/never change/);
    expect(await pdfOf(invoice.id)).toBe(before);
    await node.dataSource.query(`UPDATE clients SET name = '立科町 企画課' WHERE id = $1`, [clientId]);
    await seedIssuer(node);
  });

  it('refuses a payment due date before the issue date and writes nothing', async () => {
    const orderId = await acceptedOrder(5_000);
    const count = async () => ((await node.dataSource.query(`SELECT count(*)::int AS n FROM invoices`)) as { n: number }[])[0].n;
    const before = await count();
    const res = await node.call(ISSUE, { input: { clientId, orderIds: [orderId], paymentDueOn: tokyoDay(-1) } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'PAYMENT_DUE_BEFORE_ISSUE',
      details: { paymentDueOn: tokyoDay(-1), issuedOn: tokyoToday() },
    });
    expect([await count(), await statusOf(orderId)]).toEqual([before, 'ACCEPTED']);
  });

  it('keeps every digit past 2^53: ¥9,007,199,254,740,993 in the JSON answer, the PDF and the payments', async () => {
    // 8,188,362,958,855,449 + 10% rounded down (818,836,295,885,544) = 9,007,199,254,740,993 = 2^53 + 1.
    const orderId = await acceptedOrder('8188362958855449', '全国統計 一括入力');
    const invoice = await issue([orderId]);
    expect(invoice).toMatchObject({
      subtotalYen: '8188362958855449',
      taxYen: '818836295885544',
      totalYen: '9007199254740993',
      dueYen: '9007199254740993',
    });
    expect(invoice.lines[0].amountYen).toBe('8188362958855449');
    const stored = (await node.dataSource.query(`SELECT total_yen::text AS total FROM invoices WHERE id = $1`, [invoice.id])) as {
      total: string;
    }[];
    expect(stored[0].total).toBe('9007199254740993');

    const text = await pdfOf(invoice.id);
    for (const expected of ['¥8,188,362,958,855,449', '¥818,836,295,885,544', '¥9,007,199,254,740,993']) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }

    // One yen short, then the last yen: the odd digit a float would have lost decides PAID.
    expect((await pay(invoice.id, '9007199254740992')).errors).toBeUndefined();
    expect(await money(invoice.id)).toMatchObject({ paidYen: '9007199254740992', paymentStatus: 'PARTIALLY_PAID' });
    expect((await pay(invoice.id, '2')).errors?.[0].extensions).toMatchObject({
      code: 'PAYMENT_EXCEEDS_BALANCE',
      details: { balanceYen: '1' },
    });
    expect((await pay(invoice.id, '1')).errors).toBeUndefined();
    expect(await money(invoice.id)).toMatchObject({ paidYen: '9007199254740993', paymentStatus: 'PAID' });
    expect(await statusOf(orderId)).toBe('PAID');
  });
});
