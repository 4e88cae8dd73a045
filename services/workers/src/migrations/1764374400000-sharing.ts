import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's side of shared work (共同受注): the approved claims on other members' offers that
 * this org staffs, and which assignment books which claim. `claim_shares.booked_minutes` grows
 * with one atomic upsert per booking; its CHECK keeps the planned minutes of the org's
 * assignments on a claim within the approved hours, whatever runs in parallel.
 */
export class PartnerSharing1764374400000 implements MigrationInterface {
  name = 'PartnerSharing1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claim_shares (
        claim_id uuid PRIMARY KEY,
        owner_org_id text NOT NULL,
        task_id uuid NOT NULL,
        approved_minutes integer NOT NULL CHECK (approved_minutes > 0),
        booked_minutes integer NOT NULL CHECK (booked_minutes >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT claim_shares_within_approved CHECK (booked_minutes <= approved_minutes)
      )`);
    await q.query(`
      CREATE TABLE claim_assignments (
        assignment_id uuid PRIMARY KEY REFERENCES assignments (id),
        claim_id uuid NOT NULL REFERENCES claim_shares (claim_id)
      )`);
    await q.query(`CREATE INDEX claim_assignments_claim ON claim_assignments (claim_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claim_assignments`);
    await q.query(`DROP TABLE claim_shares`);
  }
}
