import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '@kyodo/subgraph';
import { WORKERS_DIRECTORY, WorkersDirectory } from '../upstream/workers-directory';
import { OutboxMessageKind } from './outbox-message-kind.enum';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from './retry-backoff';
import type { ServiceToken } from './service-token';

export const OUTBOX_SERVICE_TOKEN = Symbol('OUTBOX_SERVICE_TOKEN');
export const OUTBOX_SWEEP_MS = Symbol('OUTBOX_SWEEP_MS');

const BATCH = 20;
/** A claim older than this (a replica that crashed mid-send) is taken again: at-least-once delivery. */
const CLAIM_LEASE = `interval '2 minutes'`;
/** Codes of the workers node after which sending the message again cannot help. */
const SUPERSEDED = new Set(['STAGE_CHANGE_SUPERSEDED']);

interface Claimed {
  id: string;
  org_id: string;
  kind: OutboxMessageKind;
  payload: { changeId: string };
  attempts: number;
}

/**
 * Delivers the outbox to the org's workers node, after the commit that wrote each message, never
 * inside a transaction: claimed with one statement (FOR UPDATE SKIP LOCKED, a lease so replicas
 * never send one at once), sent as the training node's service account, then marked. A failure is
 * retried with back-off (retry-backoff.ts) by a periodic sweep; the workers node deduplicates by
 * the change id, so a message delivered twice (a crash between sending and marking) changes nothing.
 */
@Injectable()
export class OutboxDeliveryService implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxDeliveryService.name);
  private sweep: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKERS_DIRECTORY) private readonly workers: WorkersDirectory,
    @Optional() @Inject(OUTBOX_SERVICE_TOKEN) private readonly serviceToken: ServiceToken | null,
    @Optional() @Inject(OUTBOX_SWEEP_MS) private readonly sweepMs: number | null,
  ) {}

  onModuleInit(): void {
    if (!this.dataSource.isInitialized) return;
    this.sweep = setInterval(() => void this.deliverDue(), this.sweepMs ?? 5_000);
    this.sweep.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.sweep) clearInterval(this.sweep);
    while (this.running) await this.running;
  }

  /**
   * Tries one message at once (right after the commit that wrote it), so a promotion usually
   * shows at the workers node by the time promoteWorker answers. A failure only schedules a retry.
   */
  async deliverNow(messageId: string): Promise<void> {
    for (const row of await this.claim(messageId)) await this.send(row);
  }

  /** One pass over every due message; a pass already running is not doubled. */
  deliverDue(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.running ??= this.drain()
      .catch((error: unknown) => this.logger.warn(`Outbox pass failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.claim(null);
      if (claimed.length === 0 || this.stopped) return;
      for (const row of claimed) await this.send(row);
    }
  }

  private async claim(onlyId: string | null): Promise<Claimed[]> {
    const result: [Claimed[], number] | Claimed[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM outbox_messages
         WHERE status IN ('PENDING', 'SENDING') AND next_attempt_at <= now() AND ($1::uuid IS NULL OR id = $1::uuid)
         ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
       )
       UPDATE outbox_messages m SET status = 'SENDING', next_attempt_at = now() + ${CLAIM_LEASE}
       FROM due WHERE m.id = due.id
       RETURNING m.id, m.org_id, m.kind, m.payload, m.attempts`,
      [onlyId],
    );
    // node-postgres answers an UPDATE … RETURNING through TypeORM as [rows, count].
    return (Array.isArray(result[0]) ? result[0] : result) as Claimed[];
  }

  private async send(row: Claimed): Promise<void> {
    try {
      if (!this.serviceToken)
        throw new DomainError('UPSTREAM_NOT_CONFIGURED', 'The training node has no service account (TRAINING_CLIENT_SECRET).');
      const caller = { token: await this.serviceToken.token() };
      switch (row.kind) {
        case OutboxMessageKind.APPLY_SKILL_STAGE_CHANGE:
          await this.workers.applyStageChange(caller, row.org_id, row.payload.changeId);
          break;
      }
      await this.mark(row.id, 'DELIVERED', row.attempts + 1, null);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const upstreamCode =
        error instanceof DomainError ? (error.details as { upstreamCode?: string } | undefined)?.upstreamCode : undefined;
      if (upstreamCode && SUPERSEDED.has(upstreamCode)) return this.mark(row.id, 'SUPERSEDED', row.attempts + 1, message);
      const attempts = row.attempts + 1;
      this.logger.warn(`Outbox message ${row.id} (${row.kind}) failed, attempt ${attempts}: ${message}`);
      if (attempts >= MAX_DELIVERY_ATTEMPTS) return this.mark(row.id, 'FAILED', attempts, message);
      await this.dataSource.query(
        `UPDATE outbox_messages SET status = 'PENDING', attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4::double precision / 1000) WHERE id = $1`,
        [row.id, attempts, message, retryDelayMs(attempts)],
      );
    }
  }

  private async mark(id: string, status: 'DELIVERED' | 'SUPERSEDED' | 'FAILED', attempts: number, error: string | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET status = $2, attempts = $3, last_error = $4, next_attempt_at = NULL,
         delivered_at = CASE WHEN $2 = 'FAILED' THEN NULL ELSE now() END WHERE id = $1`,
      [id, status, attempts, error],
    );
  }
}
