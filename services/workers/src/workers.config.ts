import { EnvVar, NodeConfig } from '@kyodo/config';
import { IsEmail, IsOptional, IsString, IsUrl, ValidateBy, ValidateIf } from 'class-validator';
import type { NotificationMailSettings } from './notifications/notification-mail.settings';

/** Exactly 32 bytes, standard base64: an AES-256 key. */
export function decodeDataKey(value: unknown): Buffer | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(value)) return null;
  const key = Buffer.from(value, 'base64');
  return key.length === 32 ? key : null;
}

const IsDataKey = () =>
  ValidateBy({
    name: 'isDataKey',
    validator: {
      validate: (value: unknown) => decodeDataKey(value) !== null,
      defaultMessage: () => '$property must be 32 random bytes in base64 (openssl rand -base64 32)',
    },
  });

/** What a workers node reads from its environment: a node's settings plus the key for sensitive data. */
export class WorkersConfig extends NodeConfig {
  @EnvVar({
    description: "AES-256-GCM key (32 bytes, base64) encrypting workers' sensitive notes (要配慮個人情報) at rest.",
    secret: true,
  })
  @IsDataKey()
  WORKER_DATA_KEY!: string;

  @EnvVar({
    description:
      'SMTP server notifications are mailed through, e.g. smtps://user:password@mail.example.jp:465 or smtp://relay:25; unset, notifications are only stored (readable in the console).',
    secret: true,
  })
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['smtp', 'smtps'], require_protocol: true })
  SMTP_URL?: string;

  @EnvVar({ description: 'Sender address of notification emails, e.g. no-reply@kyodo.example.jp; required with SMTP_URL.' })
  @ValidateIf((config: WorkersConfig) => config.SMTP_URL !== undefined || config.MAIL_FROM !== undefined)
  @IsEmail()
  MAIL_FROM?: string;

  @EnvVar({
    description:
      "Where staff notifications (entries awaiting approval, questions, offers taken) are mailed: the directors' shared address. Unset, staff read them in the console only.",
  })
  @IsOptional()
  @IsEmail()
  STAFF_NOTIFICATION_EMAIL?: string;

  @EnvVar({
    description:
      "Confidential client whose service account manages the member's logins in its Keycloak organization (invitations, staff roles) and pushes to the org's orders node the facts a write there needs (a feasibility check's capacity; the orders node takes them from kyodo-workers only); see infra/keycloak/README.md.",
  })
  @IsString()
  KEYCLOAK_ADMIN_CLIENT_ID: string = 'kyodo-workers';

  @EnvVar({
    description:
      'Secret of KEYCLOAK_ADMIN_CLIENT_ID; unset, the org admin cannot invite logins or manage staff logins (LOGINS_UNAVAILABLE) and a feasibility check is refused (UPSTREAM_NOT_CONFIGURED).',
    secret: true,
  })
  @IsOptional()
  @IsString()
  KEYCLOAK_ADMIN_CLIENT_SECRET?: string;

  @EnvVar({ description: 'Where the console is served, for the link in invitation mails.' })
  @IsUrl({ require_tld: false, require_protocol: true })
  CONSOLE_URL: string = 'http://localhost:4200';
}

/** The mail settings of a loaded config, or null when no SMTP server is configured. */
export function mailSettingsOf(config: WorkersConfig): NotificationMailSettings | null {
  if (!config.SMTP_URL || !config.MAIL_FROM) return null;
  return { smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, staffAddress: config.STAFF_NOTIFICATION_EMAIL ?? null };
}

/** The validated key of a loaded config (loadConfig has already refused a bad one). */
export function dataKeyOf(config: WorkersConfig): Buffer {
  const key = decodeDataKey(config.WORKER_DATA_KEY);
  if (!key) throw new Error('WORKER_DATA_KEY is not a 32-byte base64 key');
  return key;
}
