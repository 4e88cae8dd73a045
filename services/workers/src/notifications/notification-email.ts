import { NotificationKind } from './notification-kind.enum';

/**
 * The text of a notification email. Email leaves the member's systems and often ends on a shared
 * family phone, so it says only that something is waiting: no names, amounts, hours, reasons,
 * task or client titles. The reader logs in to see the rest.
 */
const SUBJECTS: Record<NotificationKind, string> = {
  [NotificationKind.OFFER_NEW]: '新しいお仕事の案内があります',
  [NotificationKind.ASSIGNMENT_CREATED]: '新しい作業が割り当てられました',
  [NotificationKind.TIME_ENTRY_RETURNED]: '作業実績が差し戻されました',
  [NotificationKind.QUESTION_ANSWERED]: '質問に回答がありました',
  [NotificationKind.PAY_STATEMENT_READY]: '支払明細が確定しました',
  [NotificationKind.TIME_ENTRIES_AWAITING_APPROVAL]: '承認待ちの作業実績があります',
  [NotificationKind.QUESTION_ASKED]: 'ワーカーから質問が届きました',
  [NotificationKind.OFFER_TAKEN]: 'お仕事の案内に応募がありました',
};

export interface NotificationEmail {
  subject: string;
  text: string;
}

export function notificationEmail(kind: NotificationKind): NotificationEmail {
  const subject = `【Kyodo】${SUBJECTS[kind]}`;
  const text = [
    `${SUBJECTS[kind]}。`,
    '',
    'Kyodo にログインして内容をご確認ください。',
    '',
    '※このメールは送信専用です。返信はできません。',
  ].join('\n');
  return { subject, text };
}
