import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting sums an org's approved minutes over a fiscal year. The partial index holds approved
 * entries only, by day, with the assignment and minutes included: a year is one index-only
 * range scan, however many submitted or returned entries lie beside it.
 */
export class ReportingAggregates1764288000000 implements MigrationInterface {
  name = 'ReportingAggregates1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX time_entries_org_approved_day ON time_entries (org_id, work_date) INCLUDE (assignment_id, minutes) WHERE status = 'APPROVED'`,
    );
    // Consortium work is the few assignments whose task is another member's.
    await q.query(`CREATE INDEX assignments_org_shared ON assignments (org_id, task_org_id) WHERE org_id <> task_org_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX assignments_org_shared`);
    await q.query(`DROP INDEX time_entries_org_approved_day`);
  }
}
