import { createTestDatabase, databaseBeforeMigration, MigrationStep, TestDatabase } from '@kyodo/testing';
import { ordersDataSourceOptions } from '../data-source';

/** Invoices issued before payments were recorded are due in full, less what their credit notes took back. */
describe('migration to invoice snapshots and payments (orders)', () => {
  let db: TestDatabase;
  let step: MigrationStep;

  beforeAll(async () => {
    db = await createTestDatabase('orders_invoice_payments_migration');
    step = await databaseBeforeMigration(ordersDataSourceOptions(db.url), 'InvoiceSnapshotsAndPayments1765200100000');
  });

  afterAll(async () => {
    await step?.close();
    await db?.drop();
  });

  it('opens a receivable per issued invoice at its total less its credit notes, none for credit notes, and leaves the documents as issued', async () => {
    const sql = step.dataSource;
    const [{ id: clientId }] = await sql.query(
      `INSERT INTO clients (org_id, name, sector) VALUES ('tateshina', '立科町', 'PUBLIC') RETURNING id`,
    );
    const document = async (
      kind: string,
      number: number,
      amount: number,
      creditsInvoiceId: string | null,
      creditsLineId: string | null,
    ): Promise<{ id: string; lineId: string }> =>
      sql.transaction(async (manager) => {
        const tax = Math.floor((amount * 10) / 100);
        const [{ id }] = await manager.query(
          `INSERT INTO invoices (org_id, client_id, kind, credits_invoice_id, fiscal_year, number, issued_on, subtotal_yen, tax_yen, total_yen)
           VALUES ('tateshina', $1, $2, $3, 2026, $4, '2026-06-01', $5, $6, $7) RETURNING id`,
          [clientId, kind, creditsInvoiceId, number, amount, tax, amount + tax],
        );
        const [{ id: lineId }] = await manager.query(
          `INSERT INTO invoice_lines (invoice_id, position, description, amount_yen, tax_rate_percent, credits_line_id) VALUES ($1, 1, '移行', $2, 10, $3) RETURNING id`,
          [id, amount, creditsLineId],
        );
        return { id, lineId };
      });
    const whole = await document('INVOICE', 1, 100_000, null, null);
    const credited = await document('INVOICE', 2, 50_000, null, null);
    const credit = await document('CREDIT_NOTE', 3, 20_000, credited.id, credited.lineId);

    await step.apply();

    const receivables = (await sql.query(
      `SELECT invoice_id, due_yen::text AS due, paid_yen::text AS paid FROM invoice_receivables ORDER BY due_yen DESC`,
    )) as { invoice_id: string; due: string; paid: string }[];
    expect(receivables).toEqual([
      { invoice_id: whole.id, due: '110000', paid: '0' },
      // ¥55,000 less the credit note's ¥22,000.
      { invoice_id: credited.id, due: '33000', paid: '0' },
    ]);
    expect(receivables.map((r) => r.invoice_id)).not.toContain(credit.id);
    const documents = (await sql.query(`SELECT count(*)::int AS n FROM invoices WHERE snapshot IS NULL AND payment_due_on IS NULL`)) as {
      n: number;
    }[];
    expect(documents[0].n).toBe(3);
  });
});
