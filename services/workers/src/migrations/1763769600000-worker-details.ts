import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@kyodo/database';

export class WorkerDetails1763769600000 implements MigrationInterface {
  name = 'WorkerDetails1763769600000';

  async up(q: QueryRunner): Promise<void> {
    // Availability is integer minutes per weekday (index 0 = Sunday, as JavaScript's getUTCDay).
    // Optional time windows are advisory (when the worker prefers to work), so they stay JSON.
    await q.query(`
      ALTER TABLE workers
        ADD COLUMN address text CHECK (length(address) BETWEEN 1 AND 300),
        ADD COLUMN user_id text CHECK (length(user_id) BETWEEN 1 AND 100),
        ADD COLUMN contract_start date,
        ADD COLUMN contract_end date,
        ADD COLUMN nda_signed_on date,
        ADD COLUMN availability_minutes integer[] NOT NULL DEFAULT '{0,0,0,0,0,0,0}'
          CHECK (cardinality(availability_minutes) = 7 AND 0 <= ALL (availability_minutes) AND 1440 >= ALL (availability_minutes)),
        ADD COLUMN availability_windows jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(availability_windows) = 'array'),
        ADD CONSTRAINT workers_contract_period CHECK (contract_end IS NULL OR contract_start IS NULL OR contract_start <= contract_end)`);
    // One Keycloak account is one worker of an org: `me` must never be ambiguous.
    await q.query(`CREATE UNIQUE INDEX workers_org_user ON workers (org_id, user_id) WHERE user_id IS NOT NULL`);
    // 要配慮個人情報 lives apart from the worker row, sealed with AES-256-GCM: an ordinary
    // SELECT on workers never carries it, and without the node's key the bytes say nothing.
    await q.query(`
      CREATE TABLE worker_sensitive_notes (
        worker_id uuid PRIMARY KEY REFERENCES workers (id) ON DELETE CASCADE,
        iv bytea NOT NULL CHECK (length(iv) = 12),
        ciphertext bytea NOT NULL,
        auth_tag bytea NOT NULL CHECK (length(auth_tag) = 16),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await createAuditLogTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAuditLogTable(q);
    await q.query(`DROP TABLE worker_sensitive_notes`);
    await q.query(`DROP INDEX workers_org_user`);
    await q.query(`
      ALTER TABLE workers DROP CONSTRAINT workers_contract_period,
        DROP COLUMN address, DROP COLUMN user_id, DROP COLUMN contract_start, DROP COLUMN contract_end,
        DROP COLUMN nda_signed_on, DROP COLUMN availability_minutes, DROP COLUMN availability_windows`);
  }
}
