import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 源泉徴収 per business category and org: the server, not the booking director, decides whether
 * an assignment's pay is withheld. No row means no withholding, as every booking defaulted to before.
 */
export class CategoryWithholding1765210000000 implements MigrationInterface {
  name = 'CategoryWithholding1765210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE category_withholding (
        org_id text NOT NULL,
        code text NOT NULL REFERENCES business_categories (code),
        withholding boolean NOT NULL,
        updated_by text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (org_id, code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE category_withholding`);
  }
}
