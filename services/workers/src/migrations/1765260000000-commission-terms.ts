import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The freelance act's paperwork (特定受託事業者に係る取引の適正化等に関する法律):
 * - pay_settings: the member's pay calendar (締め日・支払日) and the account transfers leave from
 *   (振込元). The CHECKs keep each figure in range; the 60-day rule itself is checked by the
 *   service, which knows every month's length.
 * - commission_terms: the act's terms of one assignment (作業委託契約), one row per version with
 *   the SHA-256 of its content; accepting one records who and when, once (a conditional update),
 *   and only for the newest version (checked under the assignment's row lock).
 * - basic_contracts: the versioned basic contract (基本契約) each worker accepts.
 */
export class CommissionTerms1765260000000 implements MigrationInterface {
  name = 'CommissionTerms1765260000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pay_settings (
        org_id text PRIMARY KEY,
        closing_day smallint NOT NULL CHECK (closing_day BETWEEN 1 AND 31),
        payment_month_offset smallint NOT NULL CHECK (payment_month_offset BETWEEN 0 AND 2),
        payment_day smallint NOT NULL CHECK (payment_day BETWEEN 1 AND 31),
        consignor_code text NOT NULL CHECK (consignor_code ~ '^[0-9]{10}$'),
        consignor_name_kana text NOT NULL,
        bank_code text NOT NULL CHECK (bank_code ~ '^[0-9]{4}$'),
        bank_name_kana text NOT NULL,
        branch_code text NOT NULL CHECK (branch_code ~ '^[0-9]{3}$'),
        branch_name_kana text NOT NULL,
        account_type text NOT NULL CHECK (account_type IN ('ORDINARY', 'CHECKING', 'SAVINGS')),
        account_number text NOT NULL CHECK (account_number ~ '^[0-9]{7}$'),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_by text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE commission_terms (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        assignment_id uuid NOT NULL REFERENCES assignments (id),
        worker_id uuid NOT NULL REFERENCES workers (id),
        version integer NOT NULL CHECK (version >= 1),
        content jsonb NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        issued_by text NOT NULL,
        accepted_at timestamptz(3),
        accepted_by text,
        CONSTRAINT commission_terms_version UNIQUE (org_id, assignment_id, version),
        CONSTRAINT commission_terms_acceptance CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      )`);
    await q.query(`CREATE INDEX commission_terms_worker ON commission_terms (org_id, worker_id)`);
    await q.query(`
      CREATE TABLE basic_contracts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        worker_id uuid NOT NULL REFERENCES workers (id),
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL,
        body text NOT NULL,
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        issued_at timestamptz(3) NOT NULL DEFAULT now(),
        issued_by text NOT NULL,
        accepted_at timestamptz(3),
        accepted_by text,
        CONSTRAINT basic_contracts_version UNIQUE (org_id, worker_id, version),
        CONSTRAINT basic_contracts_acceptance CHECK ((accepted_at IS NULL) = (accepted_by IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE basic_contracts`);
    await q.query(`DROP TABLE commission_terms`);
    await q.query(`DROP TABLE pay_settings`);
  }
}
