import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 営業活動: the sales visits a member's staff log (date, prospect, outcome, who), counted as a
 * grant KPI per fiscal year. Append-only: a wrong entry is voided with a reason, never edited.
 */
export class SalesActivities1765230000002 implements MigrationInterface {
  name = 'SalesActivities1765230000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sales_activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        visited_on date NOT NULL CHECK (visited_on >= '2000-01-01'),
        prospect text NOT NULL CHECK (length(prospect) BETWEEN 1 AND 200),
        outcome text NOT NULL CHECK (outcome IN ('INTRODUCED', 'PROPOSED', 'FOLLOW_UP', 'ORDERED', 'DECLINED')),
        staff_name text NOT NULL CHECK (length(staff_name) BETWEEN 1 AND 100),
        note text CHECK (length(note) <= 1000),
        recorded_by text NOT NULL,
        recorded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // The KPI counts one org's visits over a fiscal year's days.
    await q.query(`CREATE INDEX sales_activities_org_day ON sales_activities (org_id, visited_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sales_activities`);
  }
}
