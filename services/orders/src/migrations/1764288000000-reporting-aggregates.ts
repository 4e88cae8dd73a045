import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting reads an org's orders by the day their delivery was accepted (検収). The partial
 * index holds accepted deliveries only, in acceptance order, so a fiscal year is one range scan.
 */
export class ReportingAggregates1764288000000 implements MigrationInterface {
  name = 'ReportingAggregates1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX deliveries_org_accepted ON deliveries (org_id, accepted_at) INCLUDE (order_id) WHERE status = 'ACCEPTED'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX deliveries_org_accepted`);
  }
}
