import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff-role history (the directors KPI, #17): which of the org's staff acted with the director
 * role in which fiscal year, the first and last day seen. Kept by the node from the tokens of
 * the staff who call it, so the figure is the system's own, and a later change of roles in
 * Keycloak does not rewrite past years.
 */
export class StaffRoleYears1765470000001 implements MigrationInterface {
  name = 'StaffRoleYears1765470000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE staff_role_years (
        org_id text NOT NULL,
        user_id text NOT NULL,
        role text NOT NULL CHECK (role IN ('director')),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        first_seen_on date NOT NULL,
        last_seen_on date NOT NULL,
        PRIMARY KEY (org_id, fiscal_year, role, user_id),
        CHECK (first_seen_on <= last_seen_on)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE staff_role_years`);
  }
}
