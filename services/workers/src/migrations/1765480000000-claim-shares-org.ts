import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A node may host several members (HOSTED_ORG_IDS), so a partner's claim shares name the
 * member that staffs them, as every other row does. Existing shares take the org of the
 * assignments that booked them: a share is written only by a booking.
 */
export class ClaimSharesOrg1765480000000 implements MigrationInterface {
  name = 'ClaimSharesOrg1765480000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claim_shares ADD COLUMN org_id text`);
    await q.query(`
      UPDATE claim_shares s SET org_id = (
        SELECT a.org_id FROM claim_assignments ca JOIN assignments a ON a.id = ca.assignment_id
        WHERE ca.claim_id = s.claim_id LIMIT 1)`);
    // A share no booking ever used (none are written that way) has no member to belong to.
    await q.query(`DELETE FROM claim_shares s WHERE s.org_id IS NULL`);
    await q.query(`ALTER TABLE claim_shares ALTER COLUMN org_id SET NOT NULL`);
    await q.query(`CREATE INDEX claim_shares_org ON claim_shares (org_id, owner_org_id, task_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claim_shares_org`);
    await q.query(`ALTER TABLE claim_shares DROP COLUMN org_id`);
  }
}
