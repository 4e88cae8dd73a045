import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker's own view and notifications:
 * - assignment_task_details: what the worker needs to know of the task and its order (titles, the
 *   client label the owner allows, the deadline), copied from the orders node when a director
 *   books the assignment, so the worker's own reads never need the orders node to trust them.
 * - worker_bank_accounts: where pay goes, sealed like 要配慮個人情報 (AES-256-GCM, bound to the worker).
 * - member_worker_policies: the most monthly hours the member lets a worker set for themself.
 * - notifications (+ notification_reads): per recipient (one worker, or the org's staff), with an
 *   outbox state for the email, so a notification is stored in the transaction of its event and
 *   mailed after it commits.
 */
export class WorkerSelfService1765240000000 implements MigrationInterface {
  name = 'WorkerSelfService1765240000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assignment_task_details (
        assignment_id uuid PRIMARY KEY REFERENCES assignments (id) ON DELETE CASCADE,
        task_title text CHECK (length(task_title) <= 300),
        order_title text CHECK (length(order_title) <= 300),
        client_label text CHECK (length(client_label) <= 300),
        deadline date,
        recorded_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE worker_bank_accounts (
        worker_id uuid PRIMARY KEY REFERENCES workers (id),
        iv bytea NOT NULL,
        ciphertext bytea NOT NULL,
        auth_tag bytea NOT NULL,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE member_worker_policies (
        org_id text PRIMARY KEY,
        max_monthly_hour_cap integer NOT NULL CHECK (max_monthly_hour_cap BETWEEN 0 AND 200),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        recipient_worker_id uuid REFERENCES workers (id),
        recipient_staff boolean NOT NULL DEFAULT false,
        kind text NOT NULL,
        subject_type text NOT NULL CHECK (length(subject_type) <= 50),
        subject_id text NOT NULL CHECK (length(subject_id) <= 100),
        dedupe_key text CHECK (length(dedupe_key) <= 200),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        email_status text NOT NULL CHECK (email_status IN ('NONE', 'PENDING', 'SENDING', 'SENT', 'FAILED')),
        email_attempts integer NOT NULL DEFAULT 0 CHECK (email_attempts >= 0),
        email_next_attempt_at timestamptz(3),
        email_sent_at timestamptz(3),
        CONSTRAINT notifications_one_recipient CHECK ((recipient_worker_id IS NOT NULL) <> recipient_staff)
      )`);
    await q.query(
      `CREATE INDEX notifications_worker ON notifications (org_id, recipient_worker_id, created_at DESC) WHERE recipient_worker_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX notifications_staff ON notifications (org_id, created_at DESC) WHERE recipient_staff`);
    await q.query(
      `CREATE INDEX notifications_email_due ON notifications (email_next_attempt_at) WHERE email_status IN ('PENDING', 'SENDING')`,
    );
    // One notification per recipient and key: a burst of events (many entries logged in a day) is one message.
    await q.query(
      `CREATE UNIQUE INDEX notifications_dedupe ON notifications (org_id, coalesce(recipient_worker_id::text, 'staff'), dedupe_key) WHERE dedupe_key IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id uuid NOT NULL REFERENCES notifications (id) ON DELETE CASCADE,
        reader_user_id text NOT NULL,
        read_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, reader_user_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification_reads`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE member_worker_policies`);
    await q.query(`DROP TABLE worker_bank_accounts`);
    await q.query(`DROP TABLE assignment_task_details`);
  }
}
