import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker's stage changes only through the skill map: a rule-based promotion, or an org admin's
 * manual override with a written reason, both kept here. One promotion per stage per axis still
 * holds for rule-based promotions (concurrent promoteWorker calls end in one row); an override may
 * move a worker to any stage, any number of times.
 */
export class StageOverrides1765210000001 implements MigrationInterface {
  name = 'StageOverrides1765210000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE promotions ADD COLUMN kind text NOT NULL DEFAULT 'RULE' CHECK (kind IN ('RULE', 'OVERRIDE'))`);
    await q.query(`ALTER TABLE promotions ADD COLUMN reason text`);
    await q.query(
      `ALTER TABLE promotions ADD CONSTRAINT promotions_override_has_reason CHECK (kind = 'RULE' OR length(btrim(reason)) > 0)`,
    );
    // A rule moves one stage up (A → B, B → C); an override to any other stage.
    for (const name of ['promotions_from_stage_check', 'promotions_to_stage_check', 'promotions_check'])
      await q.query(`ALTER TABLE promotions DROP CONSTRAINT ${name}`);
    await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_from_stage_check CHECK (from_stage IN ('A', 'B', 'C'))`);
    await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_to_stage_check CHECK (to_stage IN ('A', 'B', 'C'))`);
    await q.query(
      `ALTER TABLE promotions ADD CONSTRAINT promotions_check CHECK (CASE kind WHEN 'RULE' THEN (from_stage, to_stage) IN (('A', 'B'), ('B', 'C')) ELSE from_stage <> to_stage END)`,
    );
    await q.query(`DROP INDEX promotions_worker_axis_stage`);
    await q.query(`CREATE UNIQUE INDEX promotions_worker_axis_stage ON promotions (org_id, worker_id, axis, to_stage) WHERE kind = 'RULE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM promotions WHERE kind = 'OVERRIDE'`);
    for (const name of ['promotions_from_stage_check', 'promotions_to_stage_check', 'promotions_check'])
      await q.query(`ALTER TABLE promotions DROP CONSTRAINT ${name}`);
    await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_from_stage_check CHECK (from_stage IN ('A', 'B'))`);
    await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_to_stage_check CHECK (to_stage IN ('B', 'C'))`);
    await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_check CHECK ((from_stage, to_stage) IN (('A', 'B'), ('B', 'C')))`);
    await q.query(`DROP INDEX promotions_worker_axis_stage`);
    await q.query(`CREATE UNIQUE INDEX promotions_worker_axis_stage ON promotions (org_id, worker_id, axis, to_stage)`);
    await q.query(`ALTER TABLE promotions DROP CONSTRAINT promotions_override_has_reason, DROP COLUMN reason, DROP COLUMN kind`);
  }
}
