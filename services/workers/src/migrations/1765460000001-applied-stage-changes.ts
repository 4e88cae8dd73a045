import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stage changes this node applied, by the skill map's change id: the training node's outbox
 * delivers at least once (a retry after a lost answer sends a change again), and a change this
 * node took once is answered without being applied again.
 */
export class AppliedStageChanges1765460000001 implements MigrationInterface {
  name = 'AppliedStageChanges1765460000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE applied_stage_changes (
        org_id text NOT NULL,
        change_id uuid NOT NULL,
        worker_id uuid NOT NULL,
        applied_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, change_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE applied_stage_changes`);
  }
}
