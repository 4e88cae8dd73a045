import { Injectable, Logger, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotificationKind } from '../notifications/notification-kind.enum';
import { NotificationsService, NotifyInput } from '../notifications/notifications.service';

/**
 * What instructions, Q&A and offers tell people, stored as notifications (and mailed when SMTP
 * is configured) by NotificationsService. Everything here is sent after its own transaction has
 * committed, so a failing notification never undoes the work; it is logged instead.
 */
export type WorkNotice =
  /** To the workers offered the hours (新しい業務の案内). */
  | { kind: 'OFFER_MADE'; orgId: string; offerId: string; workerIds: string[] }
  /** To the offer's director: a worker took (or raised a hand for) hours. */
  | { kind: 'OFFER_TAKEN'; orgId: string; offerId: string; workerId: string; assignmentId: string | null; createdBy: string }
  /** To the org's directors: a worker asked a question on a task. */
  | { kind: 'QUESTION_ASKED'; orgId: string; threadId: string; workerId: string }
  /** To the worker: a director answered in the worker's Q&A thread. */
  | { kind: 'QUESTION_ANSWERED'; orgId: string; threadId: string; workerId: string };

@Injectable()
export class WorkNotices {
  private readonly logger = new Logger(WorkNotices.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async send(notice: WorkNotice): Promise<void> {
    await this.notifications.notifyMany(this.dataSource.manager, notificationsOf(notice)).catch((error: unknown) => {
      this.logger.warn(
        `Notification ${notice.kind} (${notice.orgId}) not stored: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
  }
}

/** Who hears of it, about which record (never its content). */
function notificationsOf(notice: WorkNotice): NotifyInput[] {
  switch (notice.kind) {
    case 'OFFER_MADE':
      return notice.workerIds.map((workerId) => ({
        orgId: notice.orgId,
        recipient: { workerId },
        kind: NotificationKind.OFFER_NEW,
        subjectType: 'Offer',
        subjectId: notice.offerId,
      }));
    case 'OFFER_TAKEN':
      return [
        { orgId: notice.orgId, recipient: 'STAFF', kind: NotificationKind.OFFER_TAKEN, subjectType: 'Offer', subjectId: notice.offerId },
      ];
    case 'QUESTION_ASKED':
      return [
        {
          orgId: notice.orgId,
          recipient: 'STAFF',
          kind: NotificationKind.QUESTION_ASKED,
          subjectType: 'TaskQuestionThread',
          subjectId: notice.threadId,
        },
      ];
    case 'QUESTION_ANSWERED':
      return [
        {
          orgId: notice.orgId,
          recipient: { workerId: notice.workerId },
          kind: NotificationKind.QUESTION_ANSWERED,
          subjectType: 'TaskQuestionThread',
          subjectId: notice.threadId,
        },
      ];
  }
}

@Module({ providers: [WorkNotices], exports: [WorkNotices] })
export class WorkNoticesModule {}
