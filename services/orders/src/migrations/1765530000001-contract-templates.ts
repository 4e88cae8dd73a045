import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * contract_templates: the member's texts for client contracts (業務委託契約書) and NDAs (秘密保持契約書),
 * one row per saved version, never updated. A client contract names the versions that were newest
 * when it was made (contracts.service_template_version, nda_template_version), so a later edit of
 * a template never changes what an existing contract was made on.
 */
export class ContractTemplates1765530000001 implements MigrationInterface {
  name = 'ContractTemplates1765530000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contract_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('SERVICE_CONTRACT', 'NDA')),
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 50000),
        saved_at timestamptz(3) NOT NULL DEFAULT now(),
        saved_by text NOT NULL,
        CONSTRAINT contract_templates_version UNIQUE (org_id, kind, version)
      )
    `);
    await q.query(`
      ALTER TABLE contracts
        ADD COLUMN service_template_version integer CHECK (service_template_version >= 1),
        ADD COLUMN nda_template_version integer CHECK (nda_template_version >= 1)
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP COLUMN service_template_version, DROP COLUMN nda_template_version`);
    await q.query(`DROP TABLE contract_templates`);
  }
}
