import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@kyodo/database';

/**
 * Monthly snapshots of what each member's nodes reported for a fiscal year, and KPI targets.
 * A snapshot row is kept per org, fiscal year and month it was taken: taking one again in the
 * same month replaces that month's row, earlier months stay, so a year's history survives
 * whatever later happens to a member's nodes.
 */
export class KpiSnapshots1764288000000 implements MigrationInterface {
  name = 'KpiSnapshots1764288000000';

  async up(q: QueryRunner): Promise<void> {
    await createAuditLogTable(q);
    await q.query(`
      CREATE TABLE org_year_snapshots (
        org_id text NOT NULL CHECK (org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        taken_month date NOT NULL CHECK (extract(day FROM taken_month) = 1),
        orders jsonb NOT NULL CHECK (jsonb_typeof(orders) = 'object'),
        workforce jsonb NOT NULL CHECK (jsonb_typeof(workforce) = 'object'),
        taken_at timestamptz(3) NOT NULL DEFAULT now(),
        taken_by text NOT NULL,
        PRIMARY KEY (org_id, fiscal_year, taken_month)
      )`);
    // Reports read the latest month per org for a few fiscal years.
    await q.query(`CREATE INDEX org_year_snapshots_latest ON org_year_snapshots (fiscal_year, org_id, taken_month DESC)`);
    await q.query(`
      CREATE TABLE kpi_targets (
        org_id text NOT NULL CHECK (org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        kpi text NOT NULL CHECK (kpi ~ '^[A-Z][A-Z0-9_]{1,63}$'),
        target_value bigint NOT NULL CHECK (target_value > 0),
        PRIMARY KEY (org_id, fiscal_year, kpi)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_targets`);
    await q.query(`DROP TABLE org_year_snapshots`);
    await dropAuditLogTable(q);
  }
}
