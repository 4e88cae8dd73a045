import { gql } from '@kyodo/testing';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { OrdersTestNode, seedClient, seedOrder, startOrdersTestNode } from '../test-support/orders-test-node';

const ISSUE = gql`
  mutation ($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) { id kind fiscalYear number subtotalYen taxYen totalYen lines { position orderId description amountYen taxRatePercent } }
  }
`;
const CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!) { issueCreditNote(invoiceId: $invoiceId, reason: $reason) { id kind number creditsInvoiceId subtotalYen taxYen totalYen lines { orderId amountYen } } }
`;
const TRANSITION = gql`
  mutation ($id: ID!, $to: OrderStatus!) { transitionOrder(id: $id, to: $to) { status } }
`;

interface Issued {
  issueInvoice: { id: string; number: number; subtotalYen: number; taxYen: number; totalYen: number; lines: unknown[] };
}

describe('invoices against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;
  const fiscalYear = fiscalYearOf(tokyoToday());

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_invoices');
    clientId = await seedClient(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  /** An order the client accepted (検収), walked through the lifecycle over GraphQL. */
  const acceptedOrder = async (valueYen: number, title = '検収済み案件'): Promise<string> => {
    const id = await seedOrder(node, clientId, { valueYen, title });
    for (const to of ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']) {
      const res = await node.call(TRANSITION, { id, to });
      if (res.errors) throw new Error(JSON.stringify(res.errors));
    }
    return id;
  };
  const numbers = async (): Promise<number[]> =>
    ((await node.dataSource.query(`SELECT number FROM invoices WHERE org_id = 'tateshina' AND fiscal_year = $1 ORDER BY number`, [fiscalYear])) as { number: number }[]).map(
      (r) => r.number,
    );
  const statusOf = async (id: string): Promise<string> => ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;

  it('invoices accepted orders with tax rounded down once per invoice, and marks them INVOICED', async () => {
    const orders = [await acceptedOrder(105, 'A'), await acceptedOrder(105, 'B'), await acceptedOrder(105, 'C')];
    const res = await node.call<Issued>(ISSUE, { input: { clientId, orderIds: orders } });
    expect(res.errors).toBeUndefined();
    // Per line it would be 10 + 10 + 10 = 30; once per invoice it is floor(31.5) = 31.
    expect(res.data!.issueInvoice).toMatchObject({ kind: 'INVOICE', fiscalYear, number: 1, subtotalYen: 315, taxYen: 31, totalYen: 346 });
    expect(res.data!.issueInvoice.lines).toHaveLength(3);
    for (const id of orders) expect(await statusOf(id)).toBe('INVOICED');
    const audit = (await node.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [res.data!.issueInvoice.id])) as { action: string }[];
    expect(audit).toEqual([{ action: 'invoice.issue' }]);
  });

  it('refuses an order that is not accepted, writes nothing and spends no number', async () => {
    const accepted = await acceptedOrder(1_000);
    const open = await seedOrder(node, clientId);
    const before = await numbers();
    const res = await node.call(ISSUE, { input: { clientId, orderIds: [accepted, open] } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'ILLEGAL_TRANSITION', details: { from: 'INQUIRY', to: 'INVOICED' } });
    expect(await statusOf(accepted)).toBe('ACCEPTED');
    expect(await numbers()).toEqual(before);
    const again = await node.call<Issued>(ISSUE, { input: { clientId, orderIds: [accepted] } });
    expect(again.data!.issueInvoice.number).toBe(before.length + 1);
  });

  it('numbers invoices without gaps or repeats under 15 parallel issuers, 5 of which fail', async () => {
    const good = await Promise.all(Array.from({ length: 10 }, (_, i) => acceptedOrder(10_000 + i)));
    const bad = await Promise.all(Array.from({ length: 5 }, () => seedOrder(node, clientId)));
    const before = await numbers();
    const results = await Promise.all([...good, ...bad].map((id) => node.call<Issued>(ISSUE, { input: { clientId, orderIds: [id] } })));
    expect(results.filter((r) => r.data?.issueInvoice)).toHaveLength(10);
    expect(results.filter((r) => r.errors)).toHaveLength(5);
    const after = await numbers();
    expect(after).toEqual(Array.from({ length: before.length + 10 }, (_, i) => i + 1));
  });

  it('keeps an issued invoice immutable in the database: no update, no delete, no added line', async () => {
    const res = await node.call<Issued>(ISSUE, { input: { clientId, orderIds: [await acceptedOrder(50_000)] } });
    const id = res.data!.issueInvoice.id;
    await expect(node.dataSource.query(`UPDATE invoices SET total_yen = 1 WHERE id = $1`, [id])).rejects.toThrow(/never change/);
    await expect(node.dataSource.query(`DELETE FROM invoice_lines WHERE invoice_id = $1`, [id])).rejects.toThrow(/never change/);
    await expect(
      node.dataSource.query(`INSERT INTO invoice_lines (invoice_id, position, description, amount_yen, tax_rate_percent) VALUES ($1, 99, 'extra', 100, 10)`, [id]),
    ).rejects.toThrow(/totals do not match/);
    const stored = (await node.dataSource.query(`SELECT total_yen::int AS total, (SELECT count(*)::int FROM invoice_lines WHERE invoice_id = $1) AS lines FROM invoices WHERE id = $1`, [id])) as {
      total: number;
      lines: number;
    }[];
    expect(stored[0]).toEqual({ total: 55_000, lines: 1 });
  });

  it('corrects by credit note: same amounts reversed, next number, once per invoice', async () => {
    const res = await node.call<Issued>(ISSUE, { input: { clientId, orderIds: [await acceptedOrder(99_999)] } });
    const invoice = res.data!.issueInvoice;
    const credit = await node.call<{ issueCreditNote: Record<string, unknown> }>(CREDIT, { invoiceId: invoice.id, reason: '数量誤り' });
    expect(credit.errors).toBeUndefined();
    expect(credit.data!.issueCreditNote).toMatchObject({
      kind: 'CREDIT_NOTE',
      creditsInvoiceId: invoice.id,
      number: invoice.number + 1,
      subtotalYen: 99_999,
      taxYen: 9_999,
      totalYen: 109_998,
      lines: [{ orderId: null, amountYen: 99_999 }],
    });
    expect((await node.call(CREDIT, { invoiceId: invoice.id, reason: 'again' })).errors?.[0].extensions?.code).toBe('INVOICE_ALREADY_CREDITED');
    const creditId = credit.data!.issueCreditNote.id as string;
    expect((await node.call(CREDIT, { invoiceId: creditId, reason: 'x' })).errors?.[0].extensions?.code).toBe('INVOICE_NOT_CREDITABLE');
  });
});
