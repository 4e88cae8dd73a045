import { MigrationInterface, QueryRunner } from 'typeorm';

/** A node whose health checks fail is marked DOWN (kept out of routing until a check passes). */
export class NodeDownStatus1765065600000 implements MigrationInterface {
  name = 'NodeDownStatus1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE member_nodes DROP CONSTRAINT member_nodes_status_check`);
    await q.query(
      `ALTER TABLE member_nodes ADD CONSTRAINT member_nodes_status_check CHECK (status IN ('PENDING', 'ACTIVE', 'INCOMPATIBLE', 'DISABLED', 'DOWN'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    // A node that is DOWN was ACTIVE before; the next check decides again.
    await q.query(`UPDATE member_nodes SET status = 'ACTIVE' WHERE status = 'DOWN'`);
    await q.query(`ALTER TABLE member_nodes DROP CONSTRAINT member_nodes_status_check`);
    await q.query(
      `ALTER TABLE member_nodes ADD CONSTRAINT member_nodes_status_check CHECK (status IN ('PENDING', 'ACTIVE', 'INCOMPATIBLE', 'DISABLED'))`,
    );
  }
}
