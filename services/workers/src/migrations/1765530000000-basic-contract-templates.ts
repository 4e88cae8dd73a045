import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * basic_contract_templates: the member's text of the worker basic contract (基本契約書), one row
 * per saved version. Rows are never updated: a save adds the next version, and a contract issued
 * from a version copies its text (basic_contracts.body), so what a worker accepted never moves.
 */
export class BasicContractTemplates1765530000000 implements MigrationInterface {
  name = 'BasicContractTemplates1765530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE basic_contract_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
        saved_at timestamptz(3) NOT NULL DEFAULT now(),
        saved_by text NOT NULL,
        CONSTRAINT basic_contract_templates_version UNIQUE (org_id, version)
      )
    `);
    await q.query(`ALTER TABLE basic_contracts ADD COLUMN template_version integer CHECK (template_version >= 1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE basic_contracts DROP COLUMN template_version`);
    await q.query(`DROP TABLE basic_contract_templates`);
  }
}
