import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the national standard 就労証明書 asks that the node did not keep:
 * - workers.date_of_birth (生年月日, personal data: optional, only when recorded);
 * - workers.work_location (就労場所の種別): the worker's home, a satellite office, or both;
 * - certificate_issuers: the issuer as certificates print it (法人名, 所在地, 電話番号, 代表者),
 *   one row per org, set by its org admin.
 */
export class CertificateForm1765470000000 implements MigrationInterface {
  name = 'CertificateForm1765470000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workers ADD COLUMN date_of_birth date`);
    await q.query(
      `ALTER TABLE workers ADD COLUMN work_location text NOT NULL DEFAULT 'HOME' CHECK (work_location IN ('HOME', 'SATELLITE_OFFICE', 'HOME_AND_SATELLITE_OFFICE'))`,
    );
    await q.query(`
      CREATE TABLE certificate_issuers (
        org_id text PRIMARY KEY,
        legal_name text NOT NULL,
        address text NOT NULL,
        phone text NOT NULL,
        representative text NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate_issuers`);
    await q.query(`ALTER TABLE workers DROP COLUMN work_location`);
    await q.query(`ALTER TABLE workers DROP COLUMN date_of_birth`);
  }
}
