import type { EntityManager } from 'typeorm';
import { OutboxMessageKind } from './outbox-message-kind.enum';

/**
 * Writes an outbox message inside the caller's transaction, so it exists exactly when the change
 * it carries was committed. Writing the same idempotency key twice keeps the first message.
 * Returns the message id (the existing one for a repeated key).
 */
export async function writeOutboxMessage(
  manager: EntityManager,
  message: { orgId: string; kind: OutboxMessageKind; idempotencyKey: string; payload: Record<string, unknown> },
): Promise<string> {
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO outbox_messages (org_id, kind, idempotency_key, payload) VALUES ($1, $2, $3, $4)
     ON CONFLICT (idempotency_key) DO UPDATE SET idempotency_key = EXCLUDED.idempotency_key
     RETURNING id`,
    [message.orgId, message.kind, message.idempotencyKey, JSON.stringify(message.payload)],
  );
  return rows[0].id;
}

/** The idempotency key of a stage change's message: one message per recorded change. */
export const stageChangeKey = (changeId: string): string => `stage-change:${changeId}`;
