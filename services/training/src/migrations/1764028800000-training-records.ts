import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@kyodo/database';

export class TrainingRecords1764028800000 implements MigrationInterface {
  name = 'TrainingRecords1764028800000';

  async up(q: QueryRunner): Promise<void> {
    await createAuditLogTable(q);

    // A worker of this org on a course of this org or a consortium-shared course of another
    // (course_org_id). The course's code and title are copied at enrollment: codes never change,
    // and a partner's course must stay readable here even when its node is down. Scores and
    // evaluations stay in this database: the course's owner never sees them.
    await q.query(`
      CREATE TABLE enrollments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        worker_id uuid NOT NULL,
        course_org_id text NOT NULL,
        course_id uuid NOT NULL,
        course_code text COLLATE "C" NOT NULL,
        course_title text NOT NULL,
        status text NOT NULL DEFAULT 'ENROLLED' CHECK (status IN ('ENROLLED', 'COMPLETED')),
        enrolled_at timestamptz(3) NOT NULL DEFAULT now(),
        enrolled_by text NOT NULL,
        score integer CHECK (score BETWEEN 0 AND 100),
        evaluation integer CHECK (evaluation BETWEEN 1 AND 5),
        evaluation_comment text CHECK (length(evaluation_comment) <= 1000),
        completed_at timestamptz(3),
        completed_by text,
        CONSTRAINT enrollments_completion_recorded CHECK (
          (status = 'COMPLETED') = (completed_at IS NOT NULL AND completed_by IS NOT NULL AND evaluation IS NOT NULL)
        )
      )`);
    // Named because EnrollmentsService maps a violation of exactly this index to ALREADY_ENROLLED.
    await q.query(`CREATE UNIQUE INDEX enrollments_worker_course ON enrollments (org_id, worker_id, course_org_id, course_id)`);
    // The prerequisite check (missingTrainings) asks by worker and course code.
    await q.query(`CREATE INDEX enrollments_completed_codes ON enrollments (org_id, worker_id, course_code) WHERE status = 'COMPLETED'`);

    // What promotes a worker on one axis to one stage (C → B, B → A), per org.
    await q.query(`
      CREATE TABLE promotion_rules (
        org_id text NOT NULL,
        axis text NOT NULL CHECK (axis IN ('IT', 'BUSINESS')),
        to_stage text NOT NULL CHECK (to_stage IN ('B', 'A')),
        required_course_codes text[] COLLATE "C" NOT NULL DEFAULT '{}' CHECK (cardinality(required_course_codes) <= 20),
        min_work_minutes integer NOT NULL CHECK (min_work_minutes BETWEEN 0 AND 600000),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (org_id, axis, to_stage)
      )`);

    // Promotion history. A worker reaches a stage on an axis through training once: the unique
    // index makes two concurrent promotions of the same worker end in one row.
    await q.query(`
      CREATE TABLE promotions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        worker_id uuid NOT NULL,
        axis text NOT NULL CHECK (axis IN ('IT', 'BUSINESS')),
        from_stage text NOT NULL CHECK (from_stage IN ('C', 'B')),
        to_stage text NOT NULL CHECK (to_stage IN ('B', 'A')),
        approved_minutes integer NOT NULL CHECK (approved_minutes >= 0),
        completed_course_codes text[] COLLATE "C" NOT NULL,
        promoted_at timestamptz(3) NOT NULL DEFAULT now(),
        promoted_by text NOT NULL,
        CHECK ((from_stage, to_stage) IN (('C', 'B'), ('B', 'A')))
      )`);
    await q.query(`CREATE UNIQUE INDEX promotions_worker_axis_stage ON promotions (org_id, worker_id, axis, to_stage)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE promotions`);
    await q.query(`DROP TABLE promotion_rules`);
    await q.query(`DROP TABLE enrollments`);
    await dropAuditLogTable(q);
  }
}
