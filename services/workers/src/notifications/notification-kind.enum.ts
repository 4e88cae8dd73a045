import { registerEnumType } from '@nestjs/graphql';

/** What happened. The console words each kind; a notification itself carries no personal data. */
export enum NotificationKind {
  /** To a worker: new work is offered to them (手挙げ). */
  OFFER_NEW = 'OFFER_NEW',
  /** To a worker: they were booked on a task. */
  ASSIGNMENT_CREATED = 'ASSIGNMENT_CREATED',
  /** To a worker: a director returned a time entry (差戻し); the reason is on the entry. */
  TIME_ENTRY_RETURNED = 'TIME_ENTRY_RETURNED',
  /** To a worker: a director answered in a task's Q&A. */
  QUESTION_ANSWERED = 'QUESTION_ANSWERED',
  /** To a worker: a month's pay statement (支払明細) is ready. */
  PAY_STATEMENT_READY = 'PAY_STATEMENT_READY',
  /** To the org's staff: time entries wait for approval (one per day at most). */
  TIME_ENTRIES_AWAITING_APPROVAL = 'TIME_ENTRIES_AWAITING_APPROVAL',
  /** To the org's staff: a worker asked a question in a task's Q&A. */
  QUESTION_ASKED = 'QUESTION_ASKED',
  /** To the org's staff: a worker took an offer. */
  OFFER_TAKEN = 'OFFER_TAKEN',
}

registerEnumType(NotificationKind, { name: 'NotificationKind' });

/** Which kinds go to a worker and which to the staff, so a hook cannot send one to the wrong side. */
export const STAFF_KINDS: ReadonlySet<NotificationKind> = new Set([
  NotificationKind.TIME_ENTRIES_AWAITING_APPROVAL,
  NotificationKind.QUESTION_ASKED,
  NotificationKind.OFFER_TAKEN,
]);
