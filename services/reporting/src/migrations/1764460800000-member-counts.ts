import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consortium's own figures per snapshot: which member municipalities were active when it
 * was taken (from the gateway's registry), kept by fiscal year and month like the members' rows.
 */
export class MemberCounts1764460800000 implements MigrationInterface {
  name = 'MemberCounts1764460800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE consortium_year_snapshots (
        fiscal_year integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
        taken_month date NOT NULL CHECK (extract(day FROM taken_month) = 1),
        municipality_ids text[] NOT NULL,
        taken_at timestamptz(3) NOT NULL DEFAULT now(),
        taken_by text NOT NULL,
        PRIMARY KEY (fiscal_year, taken_month)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE consortium_year_snapshots`);
  }
}
