import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The skill map's stage changes (昇格履歴), kept where the stages are: a promotion under the
 * org's rule or an org admin's override with its written reason. Until now the training node
 * recorded them and delivered them here; that history stays in training's `promotions` table (a
 * migration here cannot read another node's database), and readiness counts approved work since
 * the last change recorded here. `applied_stage_changes` (the old delivery's de-duplication) is
 * left as it is: nothing writes or reads it any more.
 */
export class StageChanges1765580000000 implements MigrationInterface {
  name = 'StageChanges1765580000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stage_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        worker_id uuid NOT NULL REFERENCES workers (id),
        axis text NOT NULL CHECK (axis IN ('IT', 'BUSINESS')),
        from_stage text NOT NULL CHECK (from_stage IN ('A', 'B', 'C')),
        to_stage text NOT NULL CHECK (to_stage IN ('A', 'B', 'C')),
        kind text NOT NULL CHECK (kind IN ('RULE', 'OVERRIDE')),
        reason text CHECK (length(reason) <= 1000),
        approved_minutes integer NOT NULL CHECK (approved_minutes >= 0),
        completed_course_codes text[] COLLATE "C" NOT NULL DEFAULT '{}',
        changed_at timestamptz(3) NOT NULL DEFAULT now(),
        changed_by text NOT NULL,
        CHECK (CASE kind WHEN 'RULE' THEN (from_stage, to_stage) IN (('A', 'B'), ('B', 'C')) AND reason IS NULL ELSE from_stage <> to_stage AND length(btrim(reason)) > 0 END)
      )`);
    // A worker reaches a stage on an axis under the rule once: of two concurrent promotions one row stands.
    await q.query(
      `CREATE UNIQUE INDEX stage_changes_worker_axis_stage ON stage_changes (org_id, worker_id, axis, to_stage) WHERE kind = 'RULE'`,
    );
    // The newest change per worker and axis (readiness counts work from it on), and a worker's history.
    await q.query(`CREATE INDEX stage_changes_worker_axis_changed ON stage_changes (org_id, worker_id, axis, changed_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stage_changes`);
  }
}
