import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763683200000 implements MigrationInterface {
  name = 'Initial1763683200000';

  async up(q: QueryRunner): Promise<void> {
    // The API caps amounts at what GraphQL Int carries; bigint leaves room for a wider scalar later.
    await q.query(`
      CREATE TABLE operating_costs (
        org_id text NOT NULL CHECK (org_id ~ '^[a-z][a-z0-9-]{1,62}$'),
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        amount_yen bigint NOT NULL CHECK (amount_yen >= 0),
        PRIMARY KEY (org_id, fiscal_year)
      )`);
    // Reports read one fiscal year across all orgs.
    await q.query(`CREATE INDEX operating_costs_year ON operating_costs (fiscal_year, org_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE operating_costs`);
  }
}
