import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * KPI plans as the state's KPI sheets write them: per org and KPI a base value (基準値) measured
 * in a base year, a final cumulative increase (最終目標) by a final year, and the single-year
 * increases (単年度目標) of the years in between. Targets are increases, so 0 is a valid one.
 */
export class KpiPlans1765230000001 implements MigrationInterface {
  name = 'KpiPlans1765230000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_plans (
        org_id text NOT NULL CHECK (org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        kpi text NOT NULL CHECK (kpi ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        base_year integer NOT NULL CHECK (base_year BETWEEN 2000 AND 2100),
        base_value bigint NOT NULL,
        final_year integer NOT NULL CHECK (final_year BETWEEN 2000 AND 2100),
        final_increase bigint NOT NULL CHECK (final_increase >= 0),
        PRIMARY KEY (org_id, kpi),
        CHECK (final_year > base_year AND final_year - base_year <= 20)
      )`);
    await q.query(`
      CREATE TABLE kpi_plan_years (
        org_id text NOT NULL,
        kpi text NOT NULL,
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        increase bigint NOT NULL CHECK (increase >= 0),
        PRIMARY KEY (org_id, kpi, fiscal_year),
        FOREIGN KEY (org_id, kpi) REFERENCES kpi_plans (org_id, kpi) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_plan_years`);
    await q.query(`DROP TABLE kpi_plans`);
  }
}
