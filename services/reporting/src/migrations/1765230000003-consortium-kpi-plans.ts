import { MigrationInterface, QueryRunner } from 'typeorm';

/** The consortium's own KPI plan (the support body's sheet) is kept under org id '*'. */
export class ConsortiumKpiPlans1765230000003 implements MigrationInterface {
  name = 'ConsortiumKpiPlans1765230000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE kpi_plans DROP CONSTRAINT kpi_plans_org_id_check, ADD CONSTRAINT kpi_plans_org_id_check CHECK (org_id = '*' OR org_id ~ '^[a-z][a-z0-9-]{1,62}$')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM kpi_plans WHERE org_id = '*'`);
    await q.query(
      `ALTER TABLE kpi_plans DROP CONSTRAINT kpi_plans_org_id_check, ADD CONSTRAINT kpi_plans_org_id_check CHECK (org_id ~ '^[a-z][a-z0-9-]{1,62}$')`,
    );
  }
}
