import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The municipalities newly adopting the model in a snapshot's fiscal year (by the registry's
 * onboarding dates), kept with the consortium's row of each snapshot like the active ones.
 * Snapshots taken before this say none.
 */
export class NewMunicipalities1765470000011 implements MigrationInterface {
  name = 'NewMunicipalities1765470000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consortium_year_snapshots ADD COLUMN new_municipality_ids text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE consortium_year_snapshots DROP COLUMN new_municipality_ids`);
  }
}
