import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { DataSource, type EntitySubscriberInterface, type TransactionCommitEvent } from 'typeorm';
import { notificationEmail } from './notification-email';
import type { NotificationKind } from './notification-kind.enum';
import { NOTIFICATION_MAIL, type NotificationMailSettings } from './notification-mail.settings';

/** queryRunner.data flag: this transaction stored a notification to mail once it commits. */
export const MAIL_AFTER_COMMIT = 'kyodoNotificationsToMail';
const BATCH = 20;
const MAX_ATTEMPTS = 5;

interface Claimed {
  id: string;
  kind: NotificationKind;
  address: string | null;
  email_attempts: number;
}

/**
 * Mails stored notifications (an outbox). A notification is written in its event's transaction
 * with email_status PENDING; sending happens only after that transaction commits (never a
 * network call inside a transaction), triggered by the commit itself (a TypeORM subscriber) and
 * by a periodic sweep that retries failures with back-off. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so replicas of the node never mail one notification twice at once; a
 * claim left by a crash (SENDING past its time) is taken again: at-least-once delivery.
 */
@Injectable()
export class NotificationDispatcher implements EntitySubscriberInterface, OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(NotificationDispatcher.name);
  private readonly transport: Transporter | null;
  private running: Promise<void> | null = null;
  private again = false;
  private sweep: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(NOTIFICATION_MAIL) private readonly mail: NotificationMailSettings | null,
  ) {
    this.transport = mail ? createTransport(mail.smtpUrl) : null;
  }

  onModuleInit(): void {
    if (!this.transport) return;
    this.dataSource.subscribers.push(this);
    this.sweep = setInterval(() => this.kick(), this.mail?.retryIntervalMs ?? 60_000);
    this.sweep.unref();
  }

  /** Before the database closes: a pass in flight finishes, no new one starts. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.sweep) clearInterval(this.sweep);
    await this.idle();
    this.transport?.close();
  }

  /** Whether notifications are mailed at all (an SMTP server is configured). */
  get mails(): boolean {
    return this.transport !== null;
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const data = event.queryRunner.data as Record<string, unknown>;
    if (data[MAIL_AFTER_COMMIT]) {
      delete data[MAIL_AFTER_COMMIT];
      this.kick();
    }
  }

  afterTransactionRollback(event: TransactionCommitEvent): void {
    delete (event.queryRunner.data as Record<string, unknown>)[MAIL_AFTER_COMMIT];
  }

  /** Starts a pass over due mail, or asks the running pass to look once more. */
  kick(): void {
    if (!this.transport || this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) =>
        this.logger.warn(`Notification mail pass failed: ${error instanceof Error ? error.message : String(error)}`),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves once no pass runs (tests wait on it). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return;
      for (const row of claimed) await this.send(row);
    }
  }

  private async claim(): Promise<Claimed[]> {
    const staffAddress = this.mail?.staffAddress ?? null;
    const rows: [Claimed[], number] | Claimed[] = await this.dataSource.query(
      `WITH due AS (
         SELECT id FROM notifications
         WHERE email_status IN ('PENDING', 'SENDING') AND email_next_attempt_at <= now()
         ORDER BY email_next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED
       )
       UPDATE notifications n SET email_status = 'SENDING', email_next_attempt_at = now() + interval '5 minutes'
       FROM due WHERE n.id = due.id
       RETURNING n.id, n.kind, n.email_attempts,
         CASE WHEN n.recipient_staff THEN $1::text ELSE (SELECT w.email FROM workers w WHERE w.id = n.recipient_worker_id) END AS address`,
      [staffAddress],
    );
    // node-postgres answers an UPDATE … RETURNING through TypeORM as [rows, count].
    return (Array.isArray(rows[0]) ? rows[0] : rows) as Claimed[];
  }

  private async send(row: Claimed): Promise<void> {
    const { transport, mail } = this;
    if (!transport || !mail) return;
    if (!row.address) {
      await this.dataSource.query(`UPDATE notifications SET email_status = 'NONE', email_next_attempt_at = NULL WHERE id = $1`, [row.id]);
      return;
    }
    const email = notificationEmail(row.kind);
    try {
      await transport.sendMail({ from: mail.from, to: row.address, subject: email.subject, text: email.text });
      await this.dataSource.query(
        `UPDATE notifications SET email_status = 'SENT', email_sent_at = now(), email_next_attempt_at = NULL, email_attempts = email_attempts + 1 WHERE id = $1`,
        [row.id],
      );
    } catch (error) {
      const attempts = row.email_attempts + 1;
      // The address is personal data: the log names the notification only.
      this.logger.warn(
        `Mailing notification ${row.id} failed (attempt ${attempts}): ${error instanceof Error ? error.message : String(error)}`,
      );
      await this.dataSource.query(
        `UPDATE notifications SET email_attempts = $2,
           email_status = CASE WHEN $2 >= ${MAX_ATTEMPTS} THEN 'FAILED' ELSE 'PENDING' END,
           email_next_attempt_at = CASE WHEN $2 >= ${MAX_ATTEMPTS} THEN NULL ELSE now() + make_interval(secs => 30 * power(2, $2)) END
         WHERE id = $1`,
        [row.id, attempts],
      );
    }
  }
}
