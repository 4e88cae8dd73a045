/** Where and how notification emails go (WorkersConfig: SMTP_URL, MAIL_FROM, STAFF_NOTIFICATION_EMAIL). */
export interface NotificationMailSettings {
  smtpUrl: string;
  from: string;
  /** The staff's shared address; null: staff notifications are not mailed. */
  staffAddress: string | null;
  /** How often undelivered mail is retried, in ms (default one minute). */
  retryIntervalMs?: number;
}

/** Injection token of the settings; null when the node has no SMTP server. */
export const NOTIFICATION_MAIL = Symbol('NOTIFICATION_MAIL');
