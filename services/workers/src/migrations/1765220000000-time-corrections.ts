import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue #16, time: no hours for days after today (Asia/Tokyo), and a correction of an entry whose
 * month's pay is already closed (支払締め) is paid in the next open month as an adjustment that
 * names the month it was worked, so the closed month stays exactly as it was paid.
 *
 *  - time_entries.pay_month: the month whose pay close counts the entry. The month worked for an
 *    ordinary entry; the first open month after it for a correction of a closed month's entry.
 *  - time_entries.corrects_entry_id: the returned (差戻し) entry a new entry corrects; each
 *    returned entry is corrected at most once.
 *  - pay_statement_lines.worked_month: a statement has a line per assignment and month worked; a
 *    line whose worked month is not the statement's month is an adjustment (調整) for that month.
 */
export class TimeCorrections1765220000000 implements MigrationInterface {
  name = 'TimeCorrections1765220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE time_entries ADD COLUMN pay_month date, ADD COLUMN corrects_entry_id uuid REFERENCES time_entries (id)`);
    // Approved entries refuse every UPDATE (time_entries_immutable); filling in the new column
    // changes nothing they recorded, so the guard is lifted for this one statement only.
    await q.query(`ALTER TABLE time_entries DISABLE TRIGGER time_entries_immutable`);
    await q.query(`ALTER TABLE time_entries DISABLE TRIGGER time_entries_pay_month`);
    await q.query(`UPDATE time_entries SET pay_month = date_trunc('month', work_date)::date`);
    await q.query(`ALTER TABLE time_entries ENABLE TRIGGER time_entries_pay_month`);
    await q.query(`ALTER TABLE time_entries ENABLE TRIGGER time_entries_immutable`);
    await q.query(`
      ALTER TABLE time_entries
        ALTER COLUMN pay_month SET NOT NULL,
        ADD CONSTRAINT time_entries_pay_month_first_day CHECK (extract(day FROM pay_month) = 1),
        ADD CONSTRAINT time_entries_paid_not_before_worked CHECK (pay_month >= date_trunc('month', work_date)::date),
        ADD CONSTRAINT time_entries_corrects_once UNIQUE (corrects_entry_id)`);
    await q.query(`CREATE INDEX time_entries_pay_month ON time_entries (org_id, pay_month) WHERE status = 'APPROVED'`);

    // Where an entry is paid, decided under the months' locks so a close cannot slip in between:
    // an ordinary entry in its own month, which must be open; a correction of a returned entry
    // in its own month while open, else in the first open month after it. A new entry is never
    // for a day after today in Tokyo, whoever inserts it.
    await q.query(`
      CREATE OR REPLACE FUNCTION time_entries_pay_month_open() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        candidate date := date_trunc('month', NEW.work_date)::date;
        corrected time_entries%ROWTYPE;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF NEW.status <> 'APPROVED' THEN
            RETURN NEW;
          END IF;
          candidate := NEW.pay_month;
        ELSE
          IF NEW.work_date > (now() AT TIME ZONE 'Asia/Tokyo')::date THEN
            RAISE EXCEPTION 'work date % is after today in Asia/Tokyo', NEW.work_date
              USING ERRCODE = 'check_violation', CONSTRAINT = 'time_entries_not_in_future';
          END IF;
          IF NEW.corrects_entry_id IS NOT NULL THEN
            SELECT * INTO corrected FROM time_entries WHERE id = NEW.corrects_entry_id;
            IF corrected.status IS DISTINCT FROM 'RETURNED' OR corrected.org_id <> NEW.org_id
               OR corrected.assignment_id <> NEW.assignment_id OR corrected.work_date <> NEW.work_date THEN
              RAISE EXCEPTION 'a correction names a returned entry of the same assignment and day'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'time_entries_correction_of_returned';
            END IF;
            LOOP
              PERFORM pay_month_lock(NEW.org_id, candidate, false);
              EXIT WHEN NOT EXISTS (SELECT 1 FROM closed_pay_months c WHERE c.org_id = NEW.org_id AND c.month = candidate);
              candidate := (candidate + interval '1 month')::date;
            END LOOP;
            NEW.pay_month := candidate;
            RETURN NEW;
          END IF;
          NEW.pay_month := candidate;
        END IF;
        PERFORM pay_month_lock(NEW.org_id, candidate, false);
        IF EXISTS (SELECT 1 FROM closed_pay_months c WHERE c.org_id = NEW.org_id AND c.month = candidate) THEN
          RAISE EXCEPTION 'pay month % of % is closed', to_char(candidate, 'YYYY-MM'), NEW.org_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'pay_month_open';
        END IF;
        RETURN NEW;
      END $$`);
    // Where an entry is paid and what it corrects are fixed once logged (time_entries_guard keeps
    // the rest of what was logged).
    await q.query(`
      CREATE FUNCTION time_entries_pay_month_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.pay_month, NEW.corrects_entry_id) IS DISTINCT FROM (OLD.pay_month, OLD.corrects_entry_id) THEN
          RAISE EXCEPTION 'time entry % keeps its pay month and what it corrects', OLD.id USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER time_entries_pay_month_fixed BEFORE UPDATE ON time_entries FOR EACH ROW EXECUTE FUNCTION time_entries_pay_month_fixed()`,
    );

    // Existing lines are each of their statement's own month. Statements and lines are final
    // (pay_statement_lines_final); filling in the new column changes no amount.
    await q.query(`ALTER TABLE pay_statement_lines ADD COLUMN worked_month date`);
    await q.query(`ALTER TABLE pay_statement_lines DISABLE TRIGGER pay_statement_lines_final`);
    await q.query(`UPDATE pay_statement_lines l SET worked_month = s.month FROM pay_statements s WHERE s.id = l.statement_id`);
    await q.query(`ALTER TABLE pay_statement_lines ENABLE TRIGGER pay_statement_lines_final`);
    await q.query(`
      ALTER TABLE pay_statement_lines
        ALTER COLUMN worked_month SET NOT NULL,
        ADD CONSTRAINT pay_statement_lines_worked_month_first_day CHECK (extract(day FROM worked_month) = 1),
        DROP CONSTRAINT pay_statement_lines_pkey,
        ADD PRIMARY KEY (statement_id, assignment_id, worked_month)`);
    // A writer that names no month worked (one written before adjustments existed) means the
    // statement's own month.
    await q.query(`
      CREATE FUNCTION pay_statement_lines_worked_month() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.worked_month IS NULL THEN
          NEW.worked_month := (SELECT month FROM pay_statements WHERE id = NEW.statement_id);
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER pay_statement_lines_worked_month BEFORE INSERT ON pay_statement_lines FOR EACH ROW EXECUTE FUNCTION pay_statement_lines_worked_month()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER pay_statement_lines_worked_month ON pay_statement_lines`);
    await q.query(`DROP FUNCTION pay_statement_lines_worked_month()`);
    await q.query(`ALTER TABLE pay_statement_lines DISABLE TRIGGER pay_statement_lines_final`);
    await q.query(`DELETE FROM pay_statement_lines WHERE worked_month <> (SELECT month FROM pay_statements s WHERE s.id = statement_id)`);
    await q.query(`ALTER TABLE pay_statement_lines ENABLE TRIGGER pay_statement_lines_final`);
    await q.query(
      `ALTER TABLE pay_statement_lines DROP CONSTRAINT pay_statement_lines_pkey, ADD PRIMARY KEY (statement_id, assignment_id), DROP COLUMN worked_month`,
    );
    await q.query(`DROP TRIGGER time_entries_pay_month_fixed ON time_entries`);
    await q.query(`DROP FUNCTION time_entries_pay_month_fixed()`);
    await q.query(`
      CREATE OR REPLACE FUNCTION time_entries_pay_month_open() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await q.query(`DROP INDEX time_entries_pay_month`);
    await q.query(`ALTER TABLE time_entries DROP COLUMN corrects_entry_id, DROP COLUMN pay_month`);
  }
}
