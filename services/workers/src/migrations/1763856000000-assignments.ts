import { MigrationInterface, QueryRunner } from 'typeorm';

export class Assignments1763856000000 implements MigrationInterface {
  name = 'Assignments1763856000000';

  async up(q: QueryRunner): Promise<void> {
    // The task is only referenced (orders owns it, maybe another org's node): no foreign key.
    await q.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        worker_id uuid NOT NULL REFERENCES workers (id),
        task_org_id text NOT NULL CHECK (task_org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        task_id uuid NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        planned_minutes integer NOT NULL CHECK (planned_minutes > 0),
        hourly_rate_yen bigint NOT NULL CHECK (hourly_rate_yen >= 0),
        required_it_stage text CHECK (required_it_stage IN ('A', 'B', 'C')),
        required_business_stage text CHECK (required_business_stage IN ('A', 'B', 'C')),
        required_trainings text[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT assignments_period CHECK (period_from <= period_to),
        CONSTRAINT assignments_worker_task UNIQUE (worker_id, task_org_id, task_id)
      )`);
    await q.query(`CREATE INDEX assignments_org_worker ON assignments (org_id, worker_id, period_from)`);
    // How each assignment's minutes fall into months: what worker_month_bookings sums up.
    await q.query(`
      CREATE TABLE assignment_months (
        assignment_id uuid NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        minutes integer NOT NULL CHECK (minutes >= 0),
        PRIMARY KEY (assignment_id, month)
      )`);
    // The capacity ledger: one row per worker and month. The CHECK is the last word on
    // overbooking — whatever the application computes, a month can never hold more booked
    // minutes than its capacity. See AssignmentsService.create for how rows are updated.
    await q.query(`
      CREATE TABLE worker_month_bookings (
        worker_id uuid NOT NULL REFERENCES workers (id),
        month date NOT NULL CHECK (extract(day FROM month) = 1),
        booked_minutes integer NOT NULL CHECK (booked_minutes >= 0),
        capacity_minutes integer NOT NULL CHECK (capacity_minutes >= 0),
        PRIMARY KEY (worker_id, month),
        CONSTRAINT worker_month_within_capacity CHECK (booked_minutes <= capacity_minutes)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE worker_month_bookings`);
    await q.query(`DROP TABLE assignment_months`);
    await q.query(`DROP TABLE assignments`);
  }
}
