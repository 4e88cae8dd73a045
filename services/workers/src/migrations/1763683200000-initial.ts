import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763683200000 implements MigrationInterface {
  name = 'Initial1763683200000';

  async up(q: QueryRunner): Promise<void> {
    // Kana are full-width katakana (ァ..ヺ, the long vowel mark ー and the middle dot ・).
    // created_at keeps milliseconds only: page cursors carry a JS Date, and a finer stored time
    // would make rows within the cursor's millisecond fall between pages.
    await q.query(`
      CREATE TABLE workers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        status text NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED', 'ACTIVE', 'INACTIVE')),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name_kana text NOT NULL CHECK (length(family_name_kana) <= 100 AND family_name_kana ~ '^[ァ-ヺー・]+$'),
        given_name_kana text NOT NULL CHECK (length(given_name_kana) <= 100 AND given_name_kana ~ '^[ァ-ヺー・]+$'),
        email text CHECK (length(email) <= 254 AND position('@' in email) > 1),
        phone text CHECK (phone ~ '^[+]?[0-9][0-9-]{7,18}[0-9]$'),
        it_stage text NOT NULL CHECK (it_stage IN ('A', 'B', 'C')),
        business_stage text NOT NULL CHECK (business_stage IN ('A', 'B', 'C')),
        skill_tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(skill_tags) <= 50 AND '' <> ALL (skill_tags)),
        monthly_hour_cap integer NOT NULL CHECK (monthly_hour_cap BETWEEN 0 AND 200),
        consortium_consent boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX workers_org_created ON workers (org_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workers`);
  }
}
