import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { NOTIFICATION_MAIL, type NotificationMailSettings } from '../notifications/notification-mail.settings';

/** Where the console is, for the link in an invitation (CONSOLE_URL). */
export const CONSOLE_URL = Symbol('CONSOLE_URL');

export interface Invitation {
  to: string;
  username: string;
  temporaryPassword: string;
}

/**
 * Mails an invitation at once, never through the notification outbox: the temporary password
 * must not be stored anywhere, so a failed mail is not retried; the inviting admin is shown the
 * password instead (LoginInvitation).
 */
@Injectable()
export class InvitationMail implements OnApplicationShutdown {
  private readonly logger = new Logger(InvitationMail.name);
  private readonly transport: Transporter | null;

  constructor(
    @Inject(NOTIFICATION_MAIL) private readonly mail: NotificationMailSettings | null,
    @Inject(CONSOLE_URL) private readonly consoleUrl: string,
  ) {
    this.transport = mail ? createTransport(mail.smtpUrl) : null;
  }

  /** Whether it was sent. */
  async send(invitation: Invitation): Promise<boolean> {
    if (!this.transport || !this.mail) return false;
    try {
      await this.transport.sendMail({
        from: this.mail.from,
        to: invitation.to,
        subject: '【Kyodo】ログインのご案内',
        text: [
          'Kyodo のアカウントを用意しました。次の URL からログインしてください。',
          '',
          this.consoleUrl,
          '',
          `ログイン名: ${invitation.username}`,
          `仮パスワード: ${invitation.temporaryPassword}`,
          '',
          '初回ログインのときに、ご自身のパスワードを設定していただきます。',
          '',
          '※このメールは送信専用です。返信はできません。',
        ].join('\n'),
      });
      return true;
    } catch (error) {
      this.logger.warn(`An invitation could not be mailed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
