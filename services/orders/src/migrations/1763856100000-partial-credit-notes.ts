import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit notes (返還インボイス) that correct part of an invoice, several per invoice. Each credit
 * note line names the invoice line it reduces; what all credit notes take off one line never
 * exceeds that line. The database holds it: a trigger adds each credit line's amount to a
 * counter row per credited line whose CHECK caps it at the line amount. The counter row is
 * locked by the first writer until commit, so parallel credit notes queue on it and each CHECK
 * sees the sum of the ones committed before (the same pattern as the task totals on orders).
 */
export class PartialCreditNotes1763856100000 implements MigrationInterface {
  name = 'PartialCreditNotes1763856100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX invoices_one_credit_note`);
    await q.query(`ALTER TABLE invoice_lines ADD COLUMN credits_line_id uuid REFERENCES invoice_lines (id)`);
    await q.query(`
      CREATE TABLE invoice_line_credits (
        line_id uuid PRIMARY KEY REFERENCES invoice_lines (id),
        line_amount_yen bigint NOT NULL,
        credited_yen bigint NOT NULL CHECK (credited_yen >= 0),
        CONSTRAINT invoice_line_credit_within CHECK (credited_yen <= line_amount_yen)
      )`);
    await q.query(`
      CREATE FUNCTION invoice_line_credit_applies() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        header invoices%ROWTYPE;
        credited invoice_lines%ROWTYPE;
      BEGIN
        SELECT * INTO header FROM invoices WHERE id = NEW.invoice_id;
        IF header.kind <> 'CREDIT_NOTE' THEN
          IF NEW.credits_line_id IS NOT NULL THEN
            RAISE EXCEPTION 'only a credit note line credits another line' USING ERRCODE = 'check_violation', CONSTRAINT = 'credit_note_line_matches';
          END IF;
          RETURN NULL;
        END IF;
        SELECT * INTO credited FROM invoice_lines WHERE id = NEW.credits_line_id;
        IF credited.id IS NULL OR credited.invoice_id <> header.credits_invoice_id OR credited.tax_rate_percent <> NEW.tax_rate_percent OR NEW.amount_yen <= 0 THEN
          RAISE EXCEPTION 'a credit note line must reduce a line of the credited invoice, at its tax rate, by a positive amount'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'credit_note_line_matches';
        END IF;
        INSERT INTO invoice_line_credits (line_id, line_amount_yen, credited_yen) VALUES (credited.id, credited.amount_yen, NEW.amount_yen)
          ON CONFLICT (line_id) DO UPDATE SET credited_yen = invoice_line_credits.credited_yen + EXCLUDED.credited_yen;
        RETURN NULL;
      END $$`);

    // Credit notes so far reversed whole invoices line by line: link them by position. Issued
    // lines never change; this backfill is the one exception, made before any new credit note.
    await q.query(`ALTER TABLE invoice_lines DISABLE TRIGGER invoice_lines_immutable`);
    await q.query(`
      UPDATE invoice_lines c SET credits_line_id = o.id
      FROM invoices n, invoice_lines o
      WHERE c.invoice_id = n.id AND n.kind = 'CREDIT_NOTE' AND o.invoice_id = n.credits_invoice_id AND o.position = c.position`);
    await q.query(`ALTER TABLE invoice_lines ENABLE TRIGGER invoice_lines_immutable`);
    await q.query(`
      INSERT INTO invoice_line_credits (line_id, line_amount_yen, credited_yen)
      SELECT o.id, o.amount_yen, sum(c.amount_yen) FROM invoice_lines c JOIN invoice_lines o ON o.id = c.credits_line_id GROUP BY o.id, o.amount_yen`);

    await q.query(`
      CREATE TRIGGER invoice_lines_credit_applies AFTER INSERT ON invoice_lines
      FOR EACH ROW EXECUTE FUNCTION invoice_line_credit_applies()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER invoice_lines_credit_applies ON invoice_lines`);
    await q.query(`DROP FUNCTION invoice_line_credit_applies()`);
    await q.query(`DROP TABLE invoice_line_credits`);
    await q.query(`ALTER TABLE invoice_lines DROP COLUMN credits_line_id`);
    await q.query(`CREATE UNIQUE INDEX invoices_one_credit_note ON invoices (credits_invoice_id) WHERE credits_invoice_id IS NOT NULL`);
  }
}
