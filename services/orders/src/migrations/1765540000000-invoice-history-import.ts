import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History import of invoices and payments received (#17 item 2): a town's past 請求 and 入金 as
 * audited batches, beside its past orders.
 * - An imported invoice is an invoices row with its batch id and the number it had in the town's
 *   books (import_reference); it has no Kyodo number (numbers stay gapless for what Kyodo issues)
 *   and no lines: the file gives the amounts (subtotal and tax as the town charged them, whatever
 *   rounding it used then), so the totals trigger leaves imported headers alone. Its receivable
 *   row is written as for any invoice, so payments (imported, or received live after the import)
 *   add up against it under the same CHECK.
 * - The orders an imported invoice covers (when the file names them) are imported orders, linked
 *   in imported_invoice_orders.
 * - An imported payment is an invoice_payments row with its batch id.
 * - Issued invoices and recorded payments never change; the one exception is voiding an imported
 *   batch, which sets voided_at on its rows while the voiding transaction announces it
 *   (kyodo.voiding_batch, as for imported orders). The statement-level triggers let such an
 *   UPDATE through to a row-level check that only that batch's voided_at changes.
 * - An invoice number of the town's books is at most once among imported invoices not voided.
 */
export class InvoiceHistoryImport1765540000000 implements MigrationInterface {
  name = 'InvoiceHistoryImport1765540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check`);
    await q.query(
      `ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check CHECK (kind IN ('ORDERS', 'SETTLEMENTS', 'INVOICES', 'INVOICE_PAYMENTS'))`,
    );

    await q.query(`
      ALTER TABLE invoices
        ADD COLUMN import_batch_id uuid REFERENCES import_batches (id),
        ADD COLUMN import_reference text CHECK (length(import_reference) BETWEEN 1 AND 50),
        ADD COLUMN voided_at timestamptz(3),
        ALTER COLUMN number DROP NOT NULL,
        ADD CONSTRAINT invoices_number_unless_imported CHECK ((number IS NULL) = (import_batch_id IS NOT NULL)),
        ADD CONSTRAINT invoices_imported_reference CHECK ((import_reference IS NULL) = (import_batch_id IS NULL)),
        ADD CONSTRAINT invoices_imported_are_invoices CHECK (import_batch_id IS NULL OR kind = 'INVOICE'),
        ADD CONSTRAINT invoices_void_imported CHECK (voided_at IS NULL OR import_batch_id IS NOT NULL)`);
    await q.query(
      `CREATE UNIQUE INDEX invoices_import_reference_once ON invoices (org_id, import_reference) WHERE import_reference IS NOT NULL AND voided_at IS NULL`,
    );
    await q.query(`
      ALTER TABLE invoice_payments
        ADD COLUMN import_batch_id uuid REFERENCES import_batches (id),
        ADD COLUMN voided_at timestamptz(3),
        ADD CONSTRAINT invoice_payments_void_imported CHECK (voided_at IS NULL OR import_batch_id IS NOT NULL)`);
    await q.query(`CREATE INDEX invoice_payments_import_batch ON invoice_payments (import_batch_id) WHERE import_batch_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE imported_invoice_orders (
        invoice_id uuid NOT NULL REFERENCES invoices (id),
        order_id uuid NOT NULL REFERENCES orders (id),
        PRIMARY KEY (invoice_id, order_id)
      )`);
    await q.query(`CREATE INDEX imported_invoice_orders_by_order ON imported_invoice_orders (order_id)`);
    await q.query(`
      CREATE TRIGGER imported_invoice_orders_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON imported_invoice_orders
      FOR EACH STATEMENT EXECUTE FUNCTION invoices_are_immutable()`);

    // Statement level: an UPDATE of invoices or payments passes only inside a voiding transaction, to the row check below.
    await q.query(`
      CREATE OR REPLACE FUNCTION invoices_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'invoices' AND coalesce(current_setting('kyodo.voiding_batch', true), '') <> '' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'issued invoices never change; issue a credit note' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION invoice_payments_are_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND coalesce(current_setting('kyodo.voiding_batch', true), '') <> '' THEN
          RETURN NULL;
        END IF;
        RAISE EXCEPTION 'recorded payments never change' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE FUNCTION imported_money_void_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.import_batch_id IS NOT NULL AND current_setting('kyodo.voiding_batch', true) = OLD.import_batch_id::text
           AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
           AND (to_jsonb(NEW) - 'voided_at') = (to_jsonb(OLD) - 'voided_at') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'imported records never change; void the batch instead' USING ERRCODE = 'insufficient_privilege', HINT = 'IMPORTED_RECORD_IMMUTABLE';
      END $$`);
    for (const table of ['invoices', 'invoice_payments'])
      await q.query(`
        CREATE TRIGGER ${table}_imported_void_only BEFORE UPDATE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION imported_money_void_only()`);

    // The totals rule is Kyodo's rounding of its own lines; an imported header states the town's amounts and has no lines.
    await q.query(`
      CREATE OR REPLACE FUNCTION invoice_totals_match() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        header invoices%ROWTYPE;
        lines_subtotal bigint;
        lines_tax bigint;
      BEGIN
        IF TG_TABLE_NAME = 'invoices' THEN target := NEW.id; ELSE target := NEW.invoice_id; END IF;
        SELECT * INTO header FROM invoices WHERE id = target;
        IF header.import_batch_id IS NOT NULL THEN
          IF EXISTS (SELECT 1 FROM invoice_lines WHERE invoice_id = target) THEN
            RAISE EXCEPTION 'an imported invoice has no lines' USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_totals_match';
          END IF;
          RETURN NULL;
        END IF;
        SELECT coalesce(sum(amount), 0)::bigint, coalesce(sum(amount * rate / 100), 0)::bigint
          INTO lines_subtotal, lines_tax
          FROM (SELECT sum(amount_yen)::bigint AS amount, tax_rate_percent AS rate FROM invoice_lines WHERE invoice_id = target GROUP BY tax_rate_percent) per_rate;
        IF lines_subtotal = 0 AND NOT EXISTS (SELECT 1 FROM invoice_lines WHERE invoice_id = target) THEN
          RAISE EXCEPTION 'invoice % has no lines', target USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_totals_match';
        END IF;
        IF header.subtotal_yen <> lines_subtotal OR header.tax_yen <> lines_tax THEN
          RAISE EXCEPTION 'invoice % totals do not match its lines', target USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_totals_match';
        END IF;
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION invoice_totals_match() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        header invoices%ROWTYPE;
        lines_subtotal bigint;
        lines_tax bigint;
      BEGIN
        IF TG_TABLE_NAME = 'invoices' THEN target := NEW.id; ELSE target := NEW.invoice_id; END IF;
        SELECT * INTO header FROM invoices WHERE id = target;
        SELECT coalesce(sum(amount), 0)::bigint, coalesce(sum(amount * rate / 100), 0)::bigint
          INTO lines_subtotal, lines_tax
          FROM (SELECT sum(amount_yen)::bigint AS amount, tax_rate_percent AS rate FROM invoice_lines WHERE invoice_id = target GROUP BY tax_rate_percent) per_rate;
        IF lines_subtotal = 0 AND NOT EXISTS (SELECT 1 FROM invoice_lines WHERE invoice_id = target) THEN
          RAISE EXCEPTION 'invoice % has no lines', target USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_totals_match';
        END IF;
        IF header.subtotal_yen <> lines_subtotal OR header.tax_yen <> lines_tax THEN
          RAISE EXCEPTION 'invoice % totals do not match its lines', target USING ERRCODE = 'check_violation', CONSTRAINT = 'invoice_totals_match';
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['invoices', 'invoice_payments']) await q.query(`DROP TRIGGER ${table}_imported_void_only ON ${table}`);
    await q.query(`DROP FUNCTION imported_money_void_only()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION invoice_payments_are_permanent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'recorded payments never change' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION invoices_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'issued invoices never change; issue a credit note' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    // Imported rows (and payments received against imported invoices) go with the columns that mark
    // them; the permanence triggers step aside for that alone.
    await q.query(`DROP TABLE imported_invoice_orders`);
    for (const trigger of [
      'invoice_payments.invoice_payments_permanent',
      'invoices.invoices_immutable',
      'import_batches.import_batches_void_only',
    ])
      await q.query(`ALTER TABLE ${trigger.split('.')[0]} DISABLE TRIGGER ${trigger.split('.')[1]}`);
    await q.query(`
      DELETE FROM invoice_payments WHERE import_batch_id IS NOT NULL
         OR invoice_id IN (SELECT id FROM invoices WHERE import_batch_id IS NOT NULL)`);
    await q.query(`
      UPDATE invoice_receivables r SET paid_yen = coalesce((SELECT sum(p.amount_yen) FROM invoice_payments p WHERE p.invoice_id = r.invoice_id), 0)`);
    await q.query(`DELETE FROM invoice_receivables WHERE invoice_id IN (SELECT id FROM invoices WHERE import_batch_id IS NOT NULL)`);
    await q.query(`DELETE FROM invoices WHERE import_batch_id IS NOT NULL`);
    await q.query(`DELETE FROM import_batches WHERE kind IN ('INVOICES', 'INVOICE_PAYMENTS')`);
    for (const trigger of [
      'invoice_payments.invoice_payments_permanent',
      'invoices.invoices_immutable',
      'import_batches.import_batches_void_only',
    ])
      await q.query(`ALTER TABLE ${trigger.split('.')[0]} ENABLE TRIGGER ${trigger.split('.')[1]}`);
    await q.query(`ALTER TABLE invoice_payments DROP COLUMN voided_at, DROP COLUMN import_batch_id`);
    await q.query(`
      ALTER TABLE invoices
        DROP CONSTRAINT invoices_number_unless_imported,
        DROP COLUMN voided_at, DROP COLUMN import_reference, DROP COLUMN import_batch_id,
        ALTER COLUMN number SET NOT NULL`);
    await q.query(`ALTER TABLE import_batches DROP CONSTRAINT import_batches_kind_check`);
    await q.query(`ALTER TABLE import_batches ADD CONSTRAINT import_batches_kind_check CHECK (kind IN ('ORDERS', 'SETTLEMENTS'))`);
  }
}
