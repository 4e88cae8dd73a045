import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { findOwnWorker } from '../workers/own-worker';
import { MAIL_AFTER_COMMIT, NotificationDispatcher } from './notification-dispatcher';
import { NotificationEntity } from './notification.entity';
import { NotificationKind, STAFF_KINDS } from './notification-kind.enum';
import { NotificationsError } from './notifications.errors';
import { may } from '../access/access';

/** Who a notification is for: one worker of the org, or the org's staff (every director and admin). */
export type NotificationRecipient = { workerId: string } | 'STAFF';

export interface NotifyInput {
  orgId: string;
  recipient: NotificationRecipient;
  kind: NotificationKind;
  /** The record it is about, read through its own authorised query; never its content. */
  subjectType: string;
  subjectId: string;
  /** Events with one key make one notification per recipient (e.g. one "awaiting approval" a day). */
  dedupeKey?: string;
}

const LIST_LIMIT = 100;

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  /**
   * The one hook every feature calls: pass the manager of the event's transaction, so the
   * notification exists exactly when the event does. The email goes out after the commit.
   */
  async notify(manager: EntityManager, input: NotifyInput): Promise<void> {
    await this.notifyMany(manager, [input]);
  }

  /** Many at once (a pay close: one per worker), in one statement. */
  async notifyMany(manager: EntityManager, inputs: readonly NotifyInput[]): Promise<void> {
    if (inputs.length === 0) return;
    for (const input of inputs) {
      const staff = input.recipient === 'STAFF';
      if (staff !== STAFF_KINDS.has(input.kind))
        throw new Error(`A ${input.kind} notification is not for ${staff ? 'the staff' : 'a worker'}.`);
    }
    const mail = this.dispatcher.mails;
    const workerOf = (input: NotifyInput) => (input.recipient === 'STAFF' ? null : input.recipient.workerId);
    await manager.query(
      `INSERT INTO notifications (org_id, recipient_worker_id, recipient_staff, kind, subject_type, subject_id, dedupe_key, email_status, email_next_attempt_at)
       SELECT t.org_id, t.worker_id, t.worker_id IS NULL, t.kind, t.subject_type, t.subject_id, t.dedupe_key, $7, CASE WHEN $7 = 'PENDING' THEN now() END
       FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS t (org_id, worker_id, kind, subject_type, subject_id, dedupe_key)
       ON CONFLICT DO NOTHING`,
      [
        inputs.map((i) => i.orgId),
        inputs.map(workerOf),
        inputs.map((i) => i.kind),
        inputs.map((i) => i.subjectType),
        inputs.map((i) => i.subjectId),
        inputs.map((i) => i.dedupeKey ?? null),
        mail ? 'PENDING' : 'NONE',
      ],
    );
    if (!mail) return;
    const runner = manager.queryRunner;
    if (runner?.isTransactionActive) (runner.data as Record<string, unknown>)[MAIL_AFTER_COMMIT] = true;
    else this.dispatcher.kick();
  }

  /** The caller's own notifications (linked worker of this org), newest first, with their read state. */
  async forWorker(orgId: string, actor: AuthContext, unreadOnly: boolean): Promise<NotificationEntity[]> {
    const workerId = await this.ownWorkerId(orgId, actor);
    return this.list(`n.recipient_worker_id = $3`, [orgId, actor.userId, workerId], unreadOnly);
  }

  async forStaff(orgId: string, actor: AuthContext, unreadOnly: boolean): Promise<NotificationEntity[]> {
    if (!may('homeOrgStaff', actor, { orgId })) throw new AuthError('FORBIDDEN', 'Staff notifications are for the org’s own staff.');
    return this.list(`n.recipient_staff`, [orgId, actor.userId], unreadOnly);
  }

  /**
   * Marks the caller's own notifications read; ids the caller may not read are left alone, and
   * the answer is how many were marked.
   */
  async markRead(orgId: string, actor: AuthContext, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const staff = may('homeOrgStaff', actor, { orgId });
    const workerId = staff ? null : await this.ownWorkerId(orgId, actor);
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO notification_reads (notification_id, reader_user_id)
       SELECT n.id, $2 FROM notifications n
       WHERE n.org_id = $1 AND n.id = ANY($3::uuid[]) AND (CASE WHEN $4::uuid IS NULL THEN n.recipient_staff ELSE n.recipient_worker_id = $4::uuid END)
       ON CONFLICT DO NOTHING RETURNING notification_id`,
      [orgId, actor.userId, [...new Set(ids)], workerId],
    );
    return rows.length;
  }

  private async list(recipient: string, params: unknown[], unreadOnly: boolean): Promise<NotificationEntity[]> {
    const rows: {
      id: string;
      org_id: string;
      kind: NotificationKind;
      subject_type: string;
      subject_id: string;
      created_at: Date;
      read_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT n.id, n.org_id, n.kind, n.subject_type, n.subject_id, n.created_at, r.read_at
         FROM notifications n LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.reader_user_id = $2
         WHERE n.org_id = $1 AND ${recipient} ${unreadOnly ? 'AND r.read_at IS NULL' : ''}
         ORDER BY n.created_at DESC, n.id DESC LIMIT ${LIST_LIMIT}`,
      params,
    );
    return rows.map((r) =>
      Object.assign(new NotificationEntity(), {
        id: r.id,
        orgId: r.org_id,
        kind: r.kind,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        createdAt: r.created_at,
        readAt: r.read_at,
      }),
    );
  }

  private async ownWorkerId(orgId: string, actor: AuthContext): Promise<string> {
    if (actor.orgId !== orgId) throw new AuthError('FORBIDDEN', 'A worker reads their own notifications at their own org only.');
    const own = await findOwnWorker(this.dataSource.manager, orgId, actor);
    if (!own) throw new NotificationsError('NOT_A_REGISTERED_WORKER', 'Your login is linked to no worker of this org.');
    return own.id;
  }
}
