import { MigrationInterface, QueryRunner } from 'typeorm';

export class TimeEntries1763942400000 implements MigrationInterface {
  name = 'TimeEntries1763942400000';

  async up(q: QueryRunner): Promise<void> {
    // The idempotency key is unique per org: a retried submission meets this index and is
    // answered with the entry that got in first, never a second row.
    await q.query(`
      CREATE TABLE time_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        assignment_id uuid NOT NULL REFERENCES assignments (id),
        worker_id uuid NOT NULL REFERENCES workers (id),
        work_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        note text,
        status text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'APPROVED', 'RETURNED')),
        idempotency_key text NOT NULL,
        logged_by text NOT NULL,
        review_comment text,
        reviewed_by text,
        reviewed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT time_entries_idempotency UNIQUE (org_id, idempotency_key)
      )`);
    await q.query(`CREATE INDEX time_entries_assignment ON time_entries (assignment_id, work_date)`);
    // The day ledger: minutes a worker logged per day over all assignments, returned entries
    // excluded. Every log adds to its row with one atomic upsert, so parallel submissions for
    // the same day queue on the row and the CHECK refuses the one that would pass 24 hours.
    await q.query(`
      CREATE TABLE worker_day_totals (
        worker_id uuid NOT NULL REFERENCES workers (id),
        work_date date NOT NULL,
        minutes integer NOT NULL CHECK (minutes >= 0),
        PRIMARY KEY (worker_id, work_date),
        CONSTRAINT worker_day_within_24h CHECK (minutes <= 1440)
      )`);
    // What was logged is fixed (corrections are new entries); a review moves a SUBMITTED entry
    // once; an APPROVED entry never changes nor disappears — whoever writes to the table.
    await q.query(`
      CREATE FUNCTION time_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
      `CREATE TRIGGER time_entries_immutable BEFORE UPDATE OR DELETE ON time_entries FOR EACH ROW EXECUTE FUNCTION time_entries_guard()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE worker_day_totals`);
    await q.query(`DROP TABLE time_entries`);
    await q.query(`DROP FUNCTION time_entries_guard()`);
  }
}
