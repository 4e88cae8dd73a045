import { Injectable, Logger, Module } from '@nestjs/common';

/**
 * What instructions, Q&A and offers would tell people. The notifications feature (NotificationsService,
 * built separately) takes these over: re-point `WorkNotices.send` to it. Everything in this node that
 * should notify goes through this one call, after its transaction has committed, so a failing
 * notification never undoes the work.
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

  // NOTIFICATIONS CALL SITE: hand `notice` to NotificationsService here once it exists.
  async send(notice: WorkNotice): Promise<void> {
    this.logger.debug(`notice ${notice.kind} (${notice.orgId})`);
  }
}

@Module({ providers: [WorkNotices], exports: [WorkNotices] })
export class WorkNoticesModule {}
