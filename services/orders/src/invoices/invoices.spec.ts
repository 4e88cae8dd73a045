import { gql } from '@kyodo/testing';
import { fiscalYearOf, tokyoToday } from '@kyodo/domain';
import { OrdersTestNode, seedClient, seedIssuer, seedOrder, startOrdersTestNode, walkOrder } from '../test-support/orders-test-node';

const ISSUE = gql`
  mutation ($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      id
      kind
      fiscalYear
      number
      subtotalYen
      taxYen
      totalYen
      lines {
        position
        orderId
        description
        amountYen
        taxRatePercent
      }
    }
  }
`;
const CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!) {
    issueCreditNote(invoiceId: $invoiceId, reason: $reason) {
      id
      kind
      number
      creditsInvoiceId
      subtotalYen
      taxYen
      totalYen
      lines {
        orderId
        amountYen
      }
    }
  }
`;
const PARTIAL_CREDIT = gql`
  mutation ($invoiceId: ID!, $reason: String!, $lines: [CreditNoteLineInput!]) {
    issueCreditNote(invoiceId: $invoiceId, reason: $reason, lines: $lines) {
      id
      number
      subtotalYen
      taxYen
      totalYen
      lines {
        creditsLineId
        description
        amountYen
      }
    }
  }
`;
const INVOICE = gql`
  query ($id: ID!) {
    invoice(id: $id) {
      lines {
        id
        orderId
        deliveryId
        amountYen
        creditedYen
      }
    }
  }
`;

interface Issued {
  issueInvoice: { id: string; number: number; subtotalYen: string; taxYen: string; totalYen: string; lines: unknown[] };
}

describe('invoices against PostgreSQL', () => {
  let node: OrdersTestNode;
  let clientId: string;
  const fiscalYear = fiscalYearOf(tokyoToday());

  beforeAll(async () => {
    node = await startOrdersTestNode('orders_invoices');
    clientId = await seedClient(node);
    await seedIssuer(node);
  });

  afterAll(async () => {
    await node?.close();
  });

  /** An order the client accepted (検収), walked through the lifecycle over GraphQL. */
  const acceptedOrder = async (valueYen: number, title = '検収済み案件'): Promise<string> => {
    const id = await seedOrder(node, clientId, { valueYen, title });
    await walkOrder(node, id, ['FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED']);
    return id;
  };
  const numbers = async (): Promise<number[]> =>
    (
      (await node.dataSource.query(`SELECT number FROM invoices WHERE org_id = 'tateshina' AND fiscal_year = $1 ORDER BY number`, [
        fiscalYear,
      ])) as { number: number }[]
    ).map((r) => r.number);
  const statusOf = async (id: string): Promise<string> =>
    ((await node.dataSource.query(`SELECT status FROM orders WHERE id = $1`, [id])) as { status: string }[])[0].status;

  it('invoices accepted orders with tax rounded down once per invoice, and marks them INVOICED', async () => {
    const orders = [await acceptedOrder(105, 'A'), await acceptedOrder(105, 'B'), await acceptedOrder(105, 'C')];
    const res = await node.call<Issued>(ISSUE, { input: { clientId, orderIds: orders } });
    expect(res.errors).toBeUndefined();
    // Per line it would be 10 + 10 + 10 = 30; once per invoice it is floor(31.5) = 31.
    expect(res.data!.issueInvoice).toMatchObject({
      kind: 'INVOICE',
      fiscalYear,
      number: 1,
      subtotalYen: '315',
      taxYen: '31',
      totalYen: '346',
    });
    expect(res.data!.issueInvoice.lines).toHaveLength(3);
    for (const id of orders) expect(await statusOf(id)).toBe('INVOICED');
    const audit = (await node.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [res.data!.issueInvoice.id])) as {
      action: string;
    }[];
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
      node.dataSource.query(
        `INSERT INTO invoice_lines (invoice_id, position, description, amount_yen, tax_rate_percent) VALUES ($1, 99, 'extra', 100, 10)`,
        [id],
      ),
    ).rejects.toThrow(/totals do not match/);
    const stored = (await node.dataSource.query(
      `SELECT total_yen::int AS total, (SELECT count(*)::int FROM invoice_lines WHERE invoice_id = $1) AS lines FROM invoices WHERE id = $1`,
      [id],
    )) as {
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
      subtotalYen: '99999',
      taxYen: '9999',
      totalYen: '109998',
      lines: [{ orderId: null, amountYen: '99999' }],
    });
    expect((await node.call(CREDIT, { invoiceId: invoice.id, reason: 'again' })).errors?.[0].extensions?.code).toBe(
      'INVOICE_ALREADY_CREDITED',
    );
    const creditId = credit.data!.issueCreditNote.id as string;
    expect((await node.call(CREDIT, { invoiceId: creditId, reason: 'x' })).errors?.[0].extensions?.code).toBe('INVOICE_NOT_CREDITABLE');
  });

  /** An issued invoice over accepted orders of these values, with its lines. */
  const invoiceOf = async (
    ...values: number[]
  ): Promise<{
    id: string;
    number: number;
    lines: { id: string; orderId: string; deliveryId: string; amountYen: string; creditedYen: string }[];
  }> => {
    const orderIds: string[] = [];
    for (const value of values) orderIds.push(await acceptedOrder(value, `明細-${value}`));
    const issued = await node.call<Issued>(ISSUE, { input: { clientId, orderIds } });
    if (issued.errors) throw new Error(JSON.stringify(issued.errors));
    const read = await node.call<{
      invoice: { lines: { id: string; orderId: string; deliveryId: string; amountYen: string; creditedYen: string }[] };
    }>(INVOICE, { id: issued.data!.issueInvoice.id });
    return { id: issued.data!.issueInvoice.id, number: issued.data!.issueInvoice.number, lines: read.data!.invoice.lines };
  };
  const creditedOf = async (invoiceId: string): Promise<string[]> =>
    (await node.call<{ invoice: { lines: { creditedYen: string }[] } }>(INVOICE, { id: invoiceId })).data!.invoice.lines.map(
      (l) => l.creditedYen,
    );

  it("draws each line from the order's accepted delivery", async () => {
    const invoice = await invoiceOf(12_345);
    const delivery = (await node.dataSource.query(
      `SELECT id, amount_yen::text AS amount FROM deliveries WHERE order_id = $1 AND status = 'ACCEPTED'`,
      [invoice.lines[0].orderId],
    )) as {
      id: string;
      amount: string;
    }[];
    expect(invoice.lines).toEqual([
      expect.objectContaining({ deliveryId: delivery[0].id, amountYen: delivery[0].amount, creditedYen: '0' }),
    ]);
  });

  it('corrects part of an invoice, then the rest, with tax rounded down per credit note', async () => {
    const invoice = await invoiceOf(100_000, 50_005);
    // Lines follow the order ids (sorted for locking), not the order of the input.
    const a = invoice.lines.find((l) => l.amountYen === '100000')!;
    const b = invoice.lines.find((l) => l.amountYen === '50005')!;
    const creditedOfAB = async (): Promise<string[]> => {
      const lines = (await node.call<{ invoice: { lines: { id: string; creditedYen: string }[] } }>(INVOICE, { id: invoice.id })).data!
        .invoice.lines;
      return [a, b].map((x) => lines.find((l) => l.id === x.id)!.creditedYen);
    };
    const partial = await node.call<{ issueCreditNote: Record<string, unknown> }>(PARTIAL_CREDIT, {
      invoiceId: invoice.id,
      reason: '単価訂正',
      lines: [{ lineId: a.id, amountYen: '30005' }],
    });
    expect(partial.errors).toBeUndefined();
    expect(partial.data!.issueCreditNote).toMatchObject({
      subtotalYen: '30005',
      taxYen: '3000',
      totalYen: '33005',
      lines: [{ creditsLineId: a.id, description: '一部取消: 明細-100000', amountYen: '30005' }],
    });
    expect(await creditedOfAB()).toEqual(['30005', '0']);

    const rest = await node.call<{ issueCreditNote: { lines: unknown[]; subtotalYen: string } }>(PARTIAL_CREDIT, {
      invoiceId: invoice.id,
      reason: '契約解除',
    });
    expect(rest.errors).toBeUndefined();
    expect(rest.data!.issueCreditNote.lines).toHaveLength(2);
    expect(rest.data!.issueCreditNote.lines).toEqual(
      expect.arrayContaining([
        { creditsLineId: a.id, description: '一部取消: 明細-100000', amountYen: '69995' },
        { creditsLineId: b.id, description: '取消: 明細-50005', amountYen: '50005' },
      ]),
    );
    expect(await creditedOfAB()).toEqual(['100000', '50005']);
    expect((await node.call(PARTIAL_CREDIT, { invoiceId: invoice.id, reason: 'again' })).errors?.[0].extensions?.code).toBe(
      'INVOICE_ALREADY_CREDITED',
    );
    const audit = (await node.dataSource.query(
      `SELECT detail FROM audit_log WHERE action = 'invoice.credit-note' AND detail->>'creditsInvoiceId' = $1 ORDER BY id`,
      [invoice.id],
    )) as {
      detail: { credits: unknown[] };
    }[];
    expect(audit.map((r) => r.detail.credits)).toEqual([
      [{ lineId: a.id, amountYen: '30005' }],
      expect.arrayContaining([
        { lineId: a.id, amountYen: '69995' },
        { lineId: b.id, amountYen: '50005' },
      ]),
    ]);
  });

  it('refuses a credit beyond what is left, a foreign line, bad amounts and other roles; writes nothing, spends no number', async () => {
    const invoice = await invoiceOf(10_000);
    const other = await invoiceOf(20_000);
    const line = invoice.lines[0].id;
    const before = await numbers();
    const refusals: [Record<string, unknown>, string, string | undefined][] = [
      [{ lines: [{ lineId: line, amountYen: '10001' }] }, 'CREDIT_EXCEEDS_INVOICE', undefined],
      [{ lines: [{ lineId: other.lines[0].id, amountYen: '1' }] }, 'INVOICE_LINE_NOT_FOUND', undefined],
      [{ lines: [{ lineId: line, amountYen: '0' }] }, 'BAD_USER_INPUT', undefined],
      [
        {
          lines: [
            { lineId: line, amountYen: '1' },
            { lineId: line, amountYen: '1' },
          ],
        },
        'BAD_USER_INPUT',
        undefined,
      ],
      [{ lines: [] }, 'BAD_USER_INPUT', undefined],
      [{ lines: [{ lineId: line, amountYen: '1' }] }, 'FORBIDDEN', 'tateshina-worker'],
      [{ lines: [{ lineId: line, amountYen: '1' }] }, 'FORBIDDEN', 'shiojiri-director'],
    ];
    for (const [variables, code, as] of refusals) {
      const res = await node.call(PARTIAL_CREDIT, { invoiceId: invoice.id, reason: '訂正', ...variables }, as);
      expect([variables, res.errors?.[0].extensions?.code]).toEqual([variables, code]);
    }
    const exceeded = await node.call(PARTIAL_CREDIT, {
      invoiceId: invoice.id,
      reason: '訂正',
      lines: [{ lineId: line, amountYen: '10001' }],
    });
    expect(exceeded.errors?.[0].extensions?.details).toEqual({ lineId: line, remainingYen: '10000' });
    expect(await numbers()).toEqual(before);
    expect(await creditedOf(invoice.id)).toEqual(['0']);
  });

  it('never takes back more than a line under 10 parallel partial credit notes (3 of ¥30,000 fit ¥100,000)', async () => {
    const invoice = await invoiceOf(100_000);
    const line = invoice.lines[0].id;
    const before = await numbers();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        node.call(PARTIAL_CREDIT, { invoiceId: invoice.id, reason: `値引-${i}`, lines: [{ lineId: line, amountYen: '30000' }] }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].extensions?.code).toBe('CREDIT_EXCEEDS_INVOICE');
    expect(await creditedOf(invoice.id)).toEqual(['90000']);
    const sum = (await node.dataSource.query(`SELECT sum(amount_yen)::int AS n FROM invoice_lines WHERE credits_line_id = $1`, [line])) as {
      n: number;
    }[];
    expect(sum[0].n).toBe(90_000);
    expect(await numbers()).toEqual(Array.from({ length: before.length + 3 }, (_, i) => i + 1));
  });

  it('holds the credit cap in the database itself, whatever writes the line', async () => {
    const invoice = await invoiceOf(1_000);
    const other = await invoiceOf(2_000);
    const credit = await node.call<{ issueCreditNote: { id: string } }>(PARTIAL_CREDIT, {
      invoiceId: invoice.id,
      reason: '一部',
      lines: [{ lineId: invoice.lines[0].id, amountYen: '600' }],
    });
    const creditId = credit.data!.issueCreditNote.id;
    const rawLine = (creditsLineId: string, amount: number) =>
      node.dataSource.query(
        `INSERT INTO invoice_lines (invoice_id, position, description, amount_yen, tax_rate_percent, credits_line_id) VALUES ($1, 50, 'raw', $2, 10, $3)`,
        [creditId, amount, creditsLineId],
      );
    await expect(rawLine(invoice.lines[0].id, 401)).rejects.toMatchObject({ driverError: { constraint: 'invoice_line_credit_within' } });
    await expect(rawLine(other.lines[0].id, 1)).rejects.toMatchObject({ driverError: { constraint: 'credit_note_line_matches' } });
    expect(await creditedOf(invoice.id)).toEqual(['600']);
  });
});
