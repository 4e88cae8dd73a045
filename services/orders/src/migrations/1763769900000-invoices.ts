import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Qualified invoices (適格請求書) and credit notes (返還インボイス). Three database guards:
 * - numbers come from a counter row per org and fiscal year, incremented in the issuing
 *   transaction: it stays locked until commit and a rollback gives the number back, so the
 *   sequence has no gaps and no duplicates under any concurrency;
 * - an issued document never changes: UPDATE and DELETE of invoices and lines fail;
 * - at commit the header's subtotal and tax must match its lines, tax rounded down once per
 *   rate (a line added to an issued invoice later would break this and is refused).
 */
export class Invoices1763769900000 implements MigrationInterface {
  name = 'Invoices1763769900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE invoice_counters (
        org_id text NOT NULL,
        fiscal_year integer NOT NULL,
        last_number integer NOT NULL CHECK (last_number > 0),
        PRIMARY KEY (org_id, fiscal_year)
      )`);
    await q.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        client_id uuid NOT NULL REFERENCES clients (id),
        kind text NOT NULL CHECK (kind IN ('INVOICE', 'CREDIT_NOTE')),
        credits_invoice_id uuid REFERENCES invoices (id),
        reason text CHECK (length(reason) <= 1000),
        fiscal_year integer NOT NULL,
        number integer NOT NULL CHECK (number > 0),
        issued_on date NOT NULL,
        subtotal_yen bigint NOT NULL CHECK (subtotal_yen >= 0),
        tax_yen bigint NOT NULL CHECK (tax_yen >= 0),
        total_yen bigint NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT invoices_number_unique UNIQUE (org_id, fiscal_year, number),
        CHECK (total_yen = subtotal_yen + tax_yen),
        CHECK ((kind = 'CREDIT_NOTE') = (credits_invoice_id IS NOT NULL))
      )`);
    // One credit note per invoice: it reverses the whole invoice.
    await q.query(`CREATE UNIQUE INDEX invoices_one_credit_note ON invoices (credits_invoice_id) WHERE credits_invoice_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE invoice_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        invoice_id uuid NOT NULL REFERENCES invoices (id),
        position integer NOT NULL,
        order_id uuid REFERENCES orders (id),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 200),
        amount_yen bigint NOT NULL CHECK (amount_yen >= 0),
        tax_rate_percent integer NOT NULL CHECK (tax_rate_percent IN (8, 10)),
        UNIQUE (invoice_id, position)
      )`);
    // An order is billed on one invoice only (its credit note lines carry no order).
    await q.query(`CREATE UNIQUE INDEX invoice_lines_order_once ON invoice_lines (order_id) WHERE order_id IS NOT NULL`);

    await q.query(`
      CREATE FUNCTION invoices_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'issued invoices never change; issue a credit note' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['invoices', 'invoice_lines']) {
      await q.query(`
        CREATE TRIGGER ${table}_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION invoices_are_immutable()`);
    }

    await q.query(`
      CREATE FUNCTION invoice_totals_match() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        header invoices%ROWTYPE;
        lines_subtotal bigint;
        lines_tax bigint;
      BEGIN
        -- Separate statements: a record field is resolved only when its statement runs.
        IF TG_TABLE_NAME = 'invoices' THEN target := NEW.id; ELSE target := NEW.invoice_id; END IF;
        SELECT * INTO header FROM invoices WHERE id = target;
        -- sum() of bigint is numeric: cast back so that "/ 100" is integer division (rounds down).
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
    for (const table of ['invoices', 'invoice_lines']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_totals_match AFTER INSERT ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION invoice_totals_match()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE invoice_lines`);
    await q.query(`DROP TABLE invoices`);
    await q.query(`DROP FUNCTION invoice_totals_match()`);
    await q.query(`DROP FUNCTION invoices_are_immutable()`);
    await q.query(`DROP TABLE invoice_counters`);
  }
}
