import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The course codes the consortium's standard catalogue (研修一覧) gives every member, as the
 * training node's template has them (SEC-BASIC is the security course confidential work needs).
 * Copied as data, not imported: a migration records what was true when it ran.
 */
const STANDARD_COURSES: readonly [string, string][] = [
  ['SEC-BASIC', '情報セキュリティ基礎'],
  ['BIZ-BASIC', 'ビジネス基礎'],
  ['OPS-RULES', '業務運用ルール'],
  ['WIN-BASIC', 'Windows基礎'],
  ['OFFICE-BASIC', 'Office基礎（Word・Excel）'],
  ['MOS-PREP', 'MOS試験対策'],
  ['WEB-PROD', 'Web制作'],
  ['CAD-BASIC', 'CAD基礎'],
  ['RPA-BASIC', 'RPA基礎'],
  ['BIZ-SKILL-1', 'ビジネススキル初級'],
  ['BIZ-SKILL-2', 'ビジネススキル中級'],
  ['WORK-TRIAL', '業務体験会'],
  ['CAREER-WS', 'キャリアワークショップ'],
  ['CAREER-IV', 'キャリア面談'],
];

/** Course codes an order may require (requirable_courses); see RequirableCourseEntity for why the orders node keeps them. */
export class OrderRules1765200000000 implements MigrationInterface {
  name = 'OrderRules1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE requirable_courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text,
        code text NOT NULL CHECK (code ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$' AND length(code) <= 50),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    // One entry per code and org; the standard list counts as the org '' here.
    await q.query(`CREATE UNIQUE INDEX requirable_courses_once ON requirable_courses (coalesce(org_id, ''), code)`);
    for (const [code, title] of STANDARD_COURSES) {
      await q.query(`INSERT INTO requirable_courses (org_id, code, title) VALUES (NULL, $1, $2)`, [code, title]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE requirable_courses`);
  }
}
