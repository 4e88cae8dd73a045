import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History import (過去実績の取り込み, #17): a town joining with years of history enters its past
 * orders (with their 検収 dates) and settlements as an audited batch.
 * - import_batches: one row per import, with the file's hash; the only change ever made to it is
 *   voiding, once, with a reason.
 * - Imported orders, their deliveries, clients first met in an import and settlements carry their
 *   batch's id. They never change, as issued invoices never do: a trigger refuses any update or
 *   delete, except voiding, which the voiding transaction announces with the setting
 *   kyodo.voiding_batch = <batch id>: an imported order then becomes CANCELLED (reports and the
 *   board leave cancelled orders out) and an imported settlement gets voided_at.
 * - import_reference is the order's number in the town's own books: at most once per org among
 *   live (not cancelled) orders, so a file imported twice is refused and a corrected one after a void is not.
 * - A settlement month holds one live statement: the unique constraint becomes a unique index over
 *   statements not voided (the live workflow's ON CONFLICT names the same predicate).
 */
export class HistoryImport1765430000000 implements MigrationInterface {
  name = 'HistoryImport1765430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ORDERS', 'SETTLEMENTS')),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        encoding text NOT NULL CHECK (encoding IN ('UTF-8', 'Shift_JIS')),
        row_count integer NOT NULL CHECK (row_count > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        imported_by text NOT NULL,
        imported_at timestamptz(3) NOT NULL DEFAULT now(),
        voided_by text,
        voided_at timestamptz(3),
        void_reason text CHECK (length(void_reason) BETWEEN 1 AND 500),
        CONSTRAINT import_batches_void_complete CHECK ((voided_at IS NULL) = (voided_by IS NULL) AND (voided_at IS NULL) = (void_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX import_batches_by_org ON import_batches (org_id, imported_at DESC)`);
    await q.query(`
      CREATE FUNCTION import_batches_void_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'UPDATE' OR OLD.voided_at IS NOT NULL
           OR (to_jsonb(NEW) - 'voided_by' - 'voided_at' - 'void_reason') IS DISTINCT FROM (to_jsonb(OLD) - 'voided_by' - 'voided_at' - 'void_reason') THEN
          RAISE EXCEPTION 'an import batch is only ever voided, once' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER import_batches_void_only BEFORE UPDATE OR DELETE ON import_batches
      FOR EACH ROW EXECUTE FUNCTION import_batches_void_only()`);

    for (const table of ['clients', 'orders', 'deliveries', 'settlement_statements'])
      await q.query(`ALTER TABLE ${table} ADD COLUMN import_batch_id uuid REFERENCES import_batches (id)`);
    await q.query(`ALTER TABLE orders ADD COLUMN import_reference text CHECK (length(import_reference) BETWEEN 1 AND 50)`);
    await q.query(
      `ALTER TABLE orders ADD CONSTRAINT orders_import_reference_with_batch CHECK (import_reference IS NULL OR import_batch_id IS NOT NULL)`,
    );
    await q.query(
      `CREATE UNIQUE INDEX orders_import_reference_once ON orders (org_id, import_reference) WHERE import_reference IS NOT NULL AND status <> 'CANCELLED'`,
    );
    await q.query(`CREATE INDEX orders_import_batch ON orders (import_batch_id) WHERE import_batch_id IS NOT NULL`);
    await q.query(`ALTER TABLE settlement_statements ADD COLUMN voided_at timestamptz(3)`);
    await q.query(
      `ALTER TABLE settlement_statements ADD CONSTRAINT settlement_statements_void_imported CHECK (voided_at IS NULL OR import_batch_id IS NOT NULL)`,
    );
    await q.query(`ALTER TABLE settlement_statements DROP CONSTRAINT settlement_statements_one_per_month`);
    await q.query(
      `CREATE UNIQUE INDEX settlement_statements_one_per_month ON settlement_statements (org_id, partner_org_id, month) WHERE voided_at IS NULL`,
    );

    await q.query(`
      CREATE FUNCTION imported_rows_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        voiding text := current_setting('kyodo.voiding_batch', true);
      BEGIN
        IF OLD.import_batch_id IS NULL THEN
          RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'UPDATE' AND voiding = OLD.import_batch_id::text THEN
          IF TG_TABLE_NAME = 'orders' AND (to_jsonb(NEW) ->> 'status') = 'CANCELLED' AND (to_jsonb(NEW) - 'status') = (to_jsonb(OLD) - 'status') THEN
            RETURN NEW;
          END IF;
          IF TG_TABLE_NAME = 'settlement_statements' AND (to_jsonb(NEW) ->> 'voided_at') IS NOT NULL AND (to_jsonb(OLD) ->> 'voided_at') IS NULL
             AND (to_jsonb(NEW) - 'voided_at') = (to_jsonb(OLD) - 'voided_at') THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'imported records never change; void the batch instead' USING ERRCODE = 'insufficient_privilege', HINT = 'IMPORTED_RECORD_IMMUTABLE';
      END $$`);
    for (const table of ['orders', 'deliveries', 'settlement_statements'])
      await q.query(`
        CREATE TRIGGER ${table}_imported_immutable BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION imported_rows_are_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['orders', 'deliveries', 'settlement_statements'])
      await q.query(`DROP TRIGGER ${table}_imported_immutable ON ${table}`);
    await q.query(`DROP FUNCTION imported_rows_are_immutable()`);
    await q.query(`ALTER TABLE settlement_statements DISABLE TRIGGER settlement_statements_frozen`);
    await q.query(`DELETE FROM settlement_statements WHERE import_batch_id IS NOT NULL`);
    await q.query(`ALTER TABLE settlement_statements ENABLE TRIGGER settlement_statements_frozen`);
    await q.query(`DROP INDEX settlement_statements_one_per_month`);
    await q.query(
      `ALTER TABLE settlement_statements ADD CONSTRAINT settlement_statements_one_per_month UNIQUE (org_id, partner_org_id, month)`,
    );
    await q.query(`ALTER TABLE settlement_statements DROP COLUMN voided_at`);
    await q.query(`DELETE FROM deliveries WHERE import_batch_id IS NOT NULL`);
    await q.query(`DELETE FROM orders WHERE import_batch_id IS NOT NULL`);
    await q.query(`ALTER TABLE orders DROP COLUMN import_reference`);
    for (const table of ['clients', 'orders', 'deliveries', 'settlement_statements'])
      await q.query(`ALTER TABLE ${table} DROP COLUMN import_batch_id`);
    await q.query(`DROP TABLE import_batches`);
    await q.query(`DROP FUNCTION import_batches_void_only()`);
  }
}
