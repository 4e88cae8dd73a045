import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where a member's data lives (#17): on its own nodes, or hosted on its partner operator's nodes
 * under its own org id. A hosted member names its host, which must be a member itself.
 */
export class MemberPlacement1765420000000 implements MigrationInterface {
  name = 'MemberPlacement1765420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE members ADD COLUMN placement text NOT NULL DEFAULT 'OWN_NODES' CHECK (placement IN ('OWN_NODES', 'HOSTED'))`,
    );
    await q.query(`ALTER TABLE members ADD COLUMN hosted_by text REFERENCES members (id)`);
    await q.query(`
      ALTER TABLE members ADD CONSTRAINT members_host_fits_placement CHECK (
        (placement = 'HOSTED') = (hosted_by IS NOT NULL) AND (hosted_by IS NULL OR hosted_by <> id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members DROP CONSTRAINT members_host_fits_placement`);
    await q.query(`ALTER TABLE members DROP COLUMN hosted_by`);
    await q.query(`ALTER TABLE members DROP COLUMN placement`);
  }
}
