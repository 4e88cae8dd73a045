import { MigrationInterface, QueryRunner } from 'typeorm';

export class Pay1764028800000 implements MigrationInterface {
  name = 'Pay1764028800000';

  async up(q: QueryRunner): Promise<void> {
    // An assignment pays per hour or per piece, at exactly one rate. `withholding` says whether
    // its pay is subject to 源泉徴収; the caller copies it from the task's business category.
    await q.query(`
      ALTER TABLE assignments
        ADD COLUMN pay_basis text NOT NULL DEFAULT 'HOURLY' CHECK (pay_basis IN ('HOURLY', 'PIECE')),
        ALTER COLUMN hourly_rate_yen DROP NOT NULL,
        ADD COLUMN piece_rate_yen bigint CHECK (piece_rate_yen >= 0),
        ADD COLUMN withholding boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT assignments_rate_of_basis CHECK (
          (pay_basis = 'HOURLY') = (hourly_rate_yen IS NOT NULL) AND (pay_basis = 'PIECE') = (piece_rate_yen IS NOT NULL))`);
    // A piece entry logs how many pieces along with the minutes spent (the work certificate
    // counts hours whatever the pay basis).
    await q.query(`ALTER TABLE time_entries ADD COLUMN quantity integer CHECK (quantity BETWEEN 1 AND 1000000)`);
    await q.query(`
      CREATE FUNCTION time_entries_quantity_of_basis() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF ((SELECT pay_basis FROM assignments WHERE id = NEW.assignment_id) = 'PIECE') IS DISTINCT FROM (NEW.quantity IS NOT NULL) THEN
          RAISE EXCEPTION 'a time entry has a quantity exactly when its assignment pays per piece'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'time_entries_quantity_of_basis';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER time_entries_quantity BEFORE INSERT ON time_entries FOR EACH ROW EXECUTE FUNCTION time_entries_quantity_of_basis()`,
    );
    // The quantity joins what an entry keeps once logged.
    await q.query(`
      CREATE OR REPLACE FUNCTION time_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'APPROVED' THEN
          RAISE EXCEPTION 'time entry % is approved and never changes', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF (NEW.org_id, NEW.assignment_id, NEW.worker_id, NEW.work_date, NEW.minutes, NEW.quantity, NEW.note, NEW.idempotency_key, NEW.logged_by, NEW.created_at)
           IS DISTINCT FROM (OLD.org_id, OLD.assignment_id, OLD.worker_id, OLD.work_date, OLD.minutes, OLD.quantity, OLD.note, OLD.idempotency_key, OLD.logged_by, OLD.created_at) THEN
          RAISE EXCEPTION 'time entry % keeps what was logged; log a correction instead', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.status <> 'SUBMITTED' THEN
          RAISE EXCEPTION 'time entry % was already reviewed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);

    // 支払 closes per org and month. A closed month is a row here; the primary key makes a
    // second close a no-op, and nothing ever reopens it.
    await q.query(`
      CREATE TABLE closed_pay_months (
        org_id text NOT NULL,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        closed_at timestamptz(3) NOT NULL DEFAULT now(),
        closed_by text NOT NULL,
        PRIMARY KEY (org_id, month)
      )`);
    // How a close and the writers of a month's time entries take turns: a transaction-scoped
    // advisory lock per org and month, shared by writers, exclusive for the close. A writer
    // that got in first commits before the close reads the month (so its approval is paid);
    // a writer that comes second waits for the close to commit and then finds the month closed.
    await q.query(`
      CREATE FUNCTION pay_month_lock(org text, first_day date, exclusive boolean) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        org_key int := hashtext('kyodo.pay-month:' || org);
        month_key int := (extract(year FROM first_day) * 12 + extract(month FROM first_day))::int;
      BEGIN
        IF exclusive THEN
          PERFORM pg_advisory_xact_lock(org_key, month_key);
        ELSE
          PERFORM pg_advisory_xact_lock_shared(org_key, month_key);
        END IF;
      END $$`);
    // A closed month takes no new entry and no approval; returning a still-submitted entry
    // stays possible (it changes no pay) so that a director can clear what came too late.
    await q.query(`
      CREATE FUNCTION time_entries_pay_month_open() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        entry_month date := date_trunc('month', NEW.work_date)::date;
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.status <> 'APPROVED' THEN
          RETURN NEW;
        END IF;
        PERFORM pay_month_lock(NEW.org_id, entry_month, false);
        IF EXISTS (SELECT 1 FROM closed_pay_months c WHERE c.org_id = NEW.org_id AND c.month = entry_month) THEN
          RAISE EXCEPTION 'pay month % of % is closed', to_char(entry_month, 'YYYY-MM'), NEW.org_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pay_month_open';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER time_entries_pay_month BEFORE INSERT OR UPDATE ON time_entries FOR EACH ROW EXECUTE FUNCTION time_entries_pay_month_open()`,
    );

    // One statement per worker and closed month, its lines one per assignment. Net is gross
    // less withholding; withholding never exceeds the part of the pay subject to it.
    await q.query(`
      CREATE TABLE pay_statements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        month date NOT NULL,
        worker_id uuid NOT NULL REFERENCES workers (id),
        minutes integer NOT NULL CHECK (minutes >= 0),
        gross_yen bigint NOT NULL CHECK (gross_yen >= 0),
        withholding_base_yen bigint NOT NULL CHECK (withholding_base_yen BETWEEN 0 AND gross_yen),
        withholding_yen bigint NOT NULL CHECK (withholding_yen BETWEEN 0 AND withholding_base_yen),
        net_yen bigint NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT pay_statements_month_closed FOREIGN KEY (org_id, month) REFERENCES closed_pay_months (org_id, month),
        CONSTRAINT pay_statements_one_per_worker UNIQUE (org_id, month, worker_id),
        CONSTRAINT pay_statements_net CHECK (net_yen = gross_yen - withholding_yen)
      )`);
    await q.query(`CREATE INDEX pay_statements_worker ON pay_statements (worker_id, month)`);
    await q.query(`
      CREATE TABLE pay_statement_lines (
        statement_id uuid NOT NULL REFERENCES pay_statements (id),
        assignment_id uuid NOT NULL REFERENCES assignments (id),
        pay_basis text NOT NULL CHECK (pay_basis IN ('HOURLY', 'PIECE')),
        minutes integer NOT NULL CHECK (minutes >= 0),
        quantity integer CHECK (quantity >= 0),
        rate_yen bigint NOT NULL CHECK (rate_yen >= 0),
        amount_yen bigint NOT NULL CHECK (amount_yen >= 0),
        withholding boolean NOT NULL,
        PRIMARY KEY (statement_id, assignment_id),
        CONSTRAINT pay_statement_lines_quantity_of_basis CHECK ((pay_basis = 'PIECE') = (quantity IS NOT NULL))
      )`);
    // A statement's totals are its lines' sums, checked at commit (lines are written after
    // their statement, in the same transaction), whoever writes them.
    await q.query(`
      CREATE FUNCTION pay_statement_totals_match() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        checked_id uuid;
        mismatched boolean;
      BEGIN
        -- Each branch is planned only when taken: NEW of the other table has no such field.
        IF TG_TABLE_NAME = 'pay_statements' THEN
          checked_id := NEW.id;
        ELSE
          checked_id := NEW.statement_id;
        END IF;
        SELECT (s.gross_yen, s.withholding_base_yen, s.minutes) IS DISTINCT FROM (
                 coalesce(sum(l.amount_yen), 0), coalesce(sum(l.amount_yen) FILTER (WHERE l.withholding), 0), coalesce(sum(l.minutes), 0))
          INTO mismatched
          FROM pay_statements s LEFT JOIN pay_statement_lines l ON l.statement_id = s.id
         WHERE s.id = checked_id
         GROUP BY s.id;
        IF mismatched THEN
          RAISE EXCEPTION 'pay statement % does not add up to its lines', checked_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pay_statement_totals';
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of ['pay_statements', 'pay_statement_lines']) {
      await q.query(`
        CREATE CONSTRAINT TRIGGER ${table}_totals AFTER INSERT ON ${table} DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION pay_statement_totals_match()`);
    }
    // What was closed and paid is a record: it never changes nor disappears.
    await q.query(`
      CREATE FUNCTION pay_records_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is final: closed pay months and their statements never change', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    for (const table of ['closed_pay_months', 'pay_statements', 'pay_statement_lines']) {
      await q.query(
        `CREATE TRIGGER ${table}_final BEFORE UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION pay_records_are_final()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pay_statement_lines`);
    await q.query(`DROP TABLE pay_statements`);
    await q.query(`DROP FUNCTION pay_statement_totals_match()`);
    await q.query(`DROP TRIGGER time_entries_pay_month ON time_entries`);
    await q.query(`DROP FUNCTION time_entries_pay_month_open()`);
    await q.query(`DROP FUNCTION pay_month_lock(text, date, boolean)`);
    await q.query(`DROP TABLE closed_pay_months`);
    await q.query(`DROP FUNCTION pay_records_are_final()`);
    await q.query(`DROP TRIGGER time_entries_quantity ON time_entries`);
    await q.query(`DROP FUNCTION time_entries_quantity_of_basis()`);
    await q.query(`ALTER TABLE time_entries DROP COLUMN quantity`);
    await q.query(`
      CREATE OR REPLACE FUNCTION time_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'APPROVED' THEN
          RAISE EXCEPTION 'time entry % is approved and never changes', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN
          RETURN OLD;
        END IF;
        IF (NEW.org_id, NEW.assignment_id, NEW.worker_id, NEW.work_date, NEW.minutes, NEW.note, NEW.idempotency_key, NEW.logged_by, NEW.created_at)
           IS DISTINCT FROM (OLD.org_id, OLD.assignment_id, OLD.worker_id, OLD.work_date, OLD.minutes, OLD.note, OLD.idempotency_key, OLD.logged_by, OLD.created_at) THEN
          RAISE EXCEPTION 'time entry % keeps what was logged; log a correction instead', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF OLD.status <> 'SUBMITTED' THEN
          RAISE EXCEPTION 'time entry % was already reviewed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `ALTER TABLE assignments DROP CONSTRAINT assignments_rate_of_basis, DROP COLUMN pay_basis, DROP COLUMN piece_rate_yen, DROP COLUMN withholding`,
    );
    await q.query(`ALTER TABLE assignments ALTER COLUMN hourly_rate_yen SET NOT NULL`);
  }
}
