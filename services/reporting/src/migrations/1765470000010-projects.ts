import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projects (広域プロジェクト): named groups of members, e.g. a wide-area project led by one
 * member, created by the support body. A project's KPI plan is kept in kpi_plans under the key
 * 'project:<id>', beside the members' and the consortium's ('*'), so one plan code serves all three.
 */
export class Projects1765470000010 implements MigrationInterface {
  name = 'Projects1765470000010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE projects (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        lead_org_id text NOT NULL CHECK (lead_org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        created_by text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE project_members (
        project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
        org_id text NOT NULL CHECK (org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        PRIMARY KEY (project_id, org_id)
      )`);
    await q.query(`CREATE INDEX project_members_org ON project_members (org_id)`);
    await q.query(
      `ALTER TABLE kpi_plans DROP CONSTRAINT kpi_plans_org_id_check, ADD CONSTRAINT kpi_plans_org_id_check
       CHECK (org_id = '*' OR org_id ~ '^[a-z][a-z0-9-]{1,62}$' OR org_id ~ '^project:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM kpi_plans WHERE org_id LIKE 'project:%'`);
    await q.query(
      `ALTER TABLE kpi_plans DROP CONSTRAINT kpi_plans_org_id_check, ADD CONSTRAINT kpi_plans_org_id_check CHECK (org_id = '*' OR org_id ~ '^[a-z][a-z0-9-]{1,62}$')`,
    );
    await q.query(`DROP TABLE project_members`);
    await q.query(`DROP TABLE projects`);
  }
}
