import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@kyodo/database';

/** The append-only audit log, and a status column that only holds known states. */
export class OrderLifecycle1763769600000 implements MigrationInterface {
  name = 'OrderLifecycle1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await createAuditLogTable(q);
    await q.query(`
      ALTER TABLE orders ADD CONSTRAINT orders_status_known CHECK (status IN (
        'INQUIRY', 'FEASIBILITY_CHECKED', 'CONTRACTED', 'IN_PROGRESS', 'DELIVERED', 'ACCEPTED', 'INVOICED', 'PAID', 'CANCELLED'))`);
    await q.query(`CREATE INDEX orders_org_status ON orders (org_id, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX orders_org_status`);
    await q.query(`ALTER TABLE orders DROP CONSTRAINT orders_status_known`);
    await dropAuditLogTable(q);
  }
}
