import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices as the qualified-invoice rules and the client's accounts department need them:
 * - issuer settings gain the bank account for transfers (振込先);
 * - an issued document keeps a snapshot of everything it prints (issuer, recipient, lines with
 *   their transaction dates, tax per rate, payment due date, bank account) and its PDF is drawn
 *   from it alone, so later changes to settings or the client never alter it; the existing
 *   immutability trigger covers the new columns;
 * - payments received (入金) are recorded per invoice; a receivable row per invoice holds what is
 *   due (total less credit notes) and what was paid, and a CHECK keeps paid within due. Writers
 *   update that one row, so concurrent recorders queue on its lock and the second sees the first.
 */
export class InvoiceSnapshotsAndPayments1765200100000 implements MigrationInterface {
  name = 'InvoiceSnapshotsAndPayments1765200100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE invoice_settings
        ADD COLUMN bank_name text CHECK (length(bank_name) BETWEEN 1 AND 100),
        ADD COLUMN bank_branch text CHECK (length(bank_branch) BETWEEN 1 AND 100),
        ADD COLUMN bank_account_type text CHECK (bank_account_type IN ('ORDINARY', 'CHECKING', 'SAVINGS')),
        ADD COLUMN bank_account_number text CHECK (bank_account_number ~ '^[0-9]{7}$'),
        ADD COLUMN bank_account_holder text CHECK (length(bank_account_holder) BETWEEN 1 AND 100)`);

    await q.query(`
      ALTER TABLE invoices
        ADD COLUMN payment_due_on date,
        ADD COLUMN snapshot jsonb,
        ADD CONSTRAINT invoices_due_after_issue CHECK (payment_due_on >= issued_on)`);

    await q.query(`
      CREATE TABLE invoice_receivables (
        invoice_id uuid PRIMARY KEY REFERENCES invoices (id),
        org_id text NOT NULL,
        due_yen bigint NOT NULL CHECK (due_yen >= 0),
        paid_yen bigint NOT NULL DEFAULT 0 CHECK (paid_yen >= 0),
        CONSTRAINT invoice_paid_within_due CHECK (paid_yen <= due_yen)
      )`);
    // Every invoice issued so far is due in full, less what its credit notes took back.
    await q.query(`
      INSERT INTO invoice_receivables (invoice_id, org_id, due_yen)
      SELECT i.id, i.org_id, i.total_yen - coalesce((SELECT sum(c.total_yen) FROM invoices c WHERE c.credits_invoice_id = i.id), 0)
      FROM invoices i WHERE i.kind = 'INVOICE'`);

    await q.query(`
      CREATE TABLE invoice_payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        invoice_id uuid NOT NULL REFERENCES invoice_receivables (invoice_id),
        received_on date NOT NULL,
        amount_yen bigint NOT NULL CHECK (amount_yen > 0),
        note text CHECK (length(note) <= 500),
        recorded_by text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX invoice_payments_by_invoice ON invoice_payments (invoice_id, received_on, created_at)`);
    await q.query(`
      CREATE FUNCTION invoice_payments_are_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'recorded payments never change' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER invoice_payments_permanent BEFORE UPDATE OR DELETE OR TRUNCATE ON invoice_payments
      FOR EACH STATEMENT EXECUTE FUNCTION invoice_payments_are_permanent()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoice_payments`);
    await q.query(`DROP FUNCTION invoice_payments_are_permanent()`);
    await q.query(`DROP TABLE invoice_receivables`);
    await q.query(`ALTER TABLE invoices DROP CONSTRAINT invoices_due_after_issue, DROP COLUMN snapshot, DROP COLUMN payment_due_on`);
    await q.query(`
      ALTER TABLE invoice_settings DROP COLUMN bank_name, DROP COLUMN bank_branch, DROP COLUMN bank_account_type,
        DROP COLUMN bank_account_number, DROP COLUMN bank_account_holder`);
  }
}
