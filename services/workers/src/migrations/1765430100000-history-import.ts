import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * History import (過去実績の取り込み, #17) on the workers node: workers with their registration
 * dates (登録日) and pay statements from before the org used Kyodo, as audited batches.
 * - import_batches: as on the orders node; only ever voided, once, with a reason.
 * - An imported worker's registration (created_at), batch and 登録番号 (import_reference) never
 *   change; the worker is otherwise a worker like any other (contact details, status, bookings).
 *   Voiding the batch sets import_voided_at (and INACTIVE): the worker then counts nowhere.
 * - Past pay is kept apart from pay_statements, whose rows add up to lines of assignments made in
 *   Kyodo: imported_pay_statements hold a month's totals per worker, never change, and are voided
 *   with their batch (voided_at). The fiscal-year aggregates read both.
 * Changes are refused by trigger except what voiding (announced with the transaction-local
 * setting kyodo.voiding_batch = <batch id>) sets.
 */
export class HistoryImport1765430100000 implements MigrationInterface {
  name = 'HistoryImport1765430100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('WORKERS', 'PAY_STATEMENTS')),
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

    await q.query(`
      ALTER TABLE workers
        ADD COLUMN import_batch_id uuid REFERENCES import_batches (id),
        ADD COLUMN import_reference text CHECK (length(import_reference) BETWEEN 1 AND 50),
        ADD COLUMN import_voided_at timestamptz(3),
        ADD CONSTRAINT workers_import_reference_with_batch CHECK (import_reference IS NULL OR import_batch_id IS NOT NULL),
        ADD CONSTRAINT workers_void_imported CHECK (import_voided_at IS NULL OR import_batch_id IS NOT NULL)`);
    await q.query(
      `CREATE UNIQUE INDEX workers_import_reference_once ON workers (org_id, import_reference) WHERE import_reference IS NOT NULL AND import_voided_at IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION imported_workers_keep_registration() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.import_batch_id IS NULL THEN
          RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        IF TG_OP = 'UPDATE'
           AND (NEW.created_at, NEW.import_batch_id, NEW.import_reference) IS NOT DISTINCT FROM (OLD.created_at, OLD.import_batch_id, OLD.import_reference)
           AND (NEW.import_voided_at IS NOT DISTINCT FROM OLD.import_voided_at
                OR (OLD.import_voided_at IS NULL AND current_setting('kyodo.voiding_batch', true) = OLD.import_batch_id::text)) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'an imported worker keeps the registration imported; void the batch instead' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER workers_imported_registration BEFORE UPDATE OR DELETE ON workers
      FOR EACH ROW EXECUTE FUNCTION imported_workers_keep_registration()`);

    await q.query(`
      CREATE TABLE imported_pay_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        import_batch_id uuid NOT NULL REFERENCES import_batches (id),
        worker_id uuid NOT NULL REFERENCES workers (id),
        month date NOT NULL CHECK (EXTRACT(day FROM month) = 1),
        minutes integer NOT NULL CHECK (minutes >= 0),
        gross_yen bigint NOT NULL CHECK (gross_yen >= 0),
        withholding_yen bigint NOT NULL CHECK (withholding_yen >= 0 AND withholding_yen <= gross_yen),
        net_yen bigint NOT NULL,
        voided_at timestamptz(3),
        CONSTRAINT imported_pay_statements_net CHECK (net_yen = gross_yen - withholding_yen)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX imported_pay_statements_one_per_month ON imported_pay_statements (org_id, worker_id, month) WHERE voided_at IS NULL`,
    );
    await q.query(`
      CREATE FUNCTION imported_pay_statements_void_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL
           AND current_setting('kyodo.voiding_batch', true) = OLD.import_batch_id::text
           AND (to_jsonb(NEW) - 'voided_at') = (to_jsonb(OLD) - 'voided_at') THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'imported records never change; void the batch instead' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER imported_pay_statements_void_only BEFORE UPDATE OR DELETE ON imported_pay_statements
      FOR EACH ROW EXECUTE FUNCTION imported_pay_statements_void_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE imported_pay_statements`);
    await q.query(`DROP FUNCTION imported_pay_statements_void_only()`);
    await q.query(`DROP TRIGGER workers_imported_registration ON workers`);
    await q.query(`DROP FUNCTION imported_workers_keep_registration()`);
    await q.query(`ALTER TABLE workers DROP COLUMN import_voided_at, DROP COLUMN import_reference, DROP COLUMN import_batch_id`);
    await q.query(`DROP TABLE import_batches`);
    await q.query(`DROP FUNCTION import_batches_void_only()`);
  }
}
