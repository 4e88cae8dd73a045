import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 昇格の反映: a recorded stage change reaches the workers node through an outbox, written in the
 * promotion's own transaction and delivered after the commit (issue #15: the training node asks no
 * other node while a transaction is open, and never acts with a stored user token). One message
 * per stage change: its idempotency key is the change id, which the workers node records once.
 */
export class StageChangeOutbox1765460000000 implements MigrationInterface {
  name = 'StageChangeOutbox1765460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('APPLY_SKILL_STAGE_CHANGE')),
        idempotency_key text NOT NULL UNIQUE,
        payload jsonb NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENDING', 'DELIVERED', 'SUPERSEDED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at timestamptz(3) DEFAULT now(),
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        delivered_at timestamptz(3)
      )`);
    await q.query(`CREATE INDEX outbox_messages_due ON outbox_messages (next_attempt_at) WHERE status IN ('PENDING', 'SENDING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_messages`);
  }
}
