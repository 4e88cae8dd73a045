import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763683200000 implements MigrationInterface {
  name = 'Initial1763683200000';

  async up(q: QueryRunner): Promise<void> {
    // Codes compare byte-wise (COLLATE "C") so the catalogue order does not depend on the server locale.
    await q.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        code text COLLATE "C" NOT NULL CHECK (length(code) BETWEEN 2 AND 20 AND code ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        category text NOT NULL CHECK (category IN ('BASIC', 'IT_SKILL', 'BUSINESS_SKILL', 'WORK_TRIAL', 'ON_THE_JOB', 'CAREER')),
        format text NOT NULL CHECK (format IN ('E_LEARNING', 'IN_PERSON', 'ONLINE_LIVE')),
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 1 AND 60000),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        visibility text NOT NULL DEFAULT 'LOCAL' CHECK (visibility IN ('LOCAL', 'CONSORTIUM')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Named because CoursesService maps a violation of exactly this index to COURSE_CODE_TAKEN.
    await q.query(`CREATE UNIQUE INDEX courses_org_code ON courses (org_id, code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE courses`);
  }
}
