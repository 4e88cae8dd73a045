import { randomBytes } from 'node:crypto';
import { loadConfig } from '@kyodo/config';
import { mailSettingsOf, WorkersConfig } from '../workers.config';

describe('notification mail settings at boot', () => {
  const env = {
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kyodo',
    ORG_ID: 'tateshina',
    KEYCLOAK_URL: 'http://127.0.0.1:1',
    WORKER_DATA_KEY: randomBytes(32).toString('base64'),
  };

  it('mails nothing without an SMTP server', () => {
    expect(mailSettingsOf(loadConfig(WorkersConfig, env))).toBeNull();
  });

  it('takes an SMTP URL with a sender, and the staff address', () => {
    const config = loadConfig(WorkersConfig, {
      ...env,
      SMTP_URL: 'smtps://kyodo:pw@mail.example.jp:465',
      MAIL_FROM: 'no-reply@kyodo.example.jp',
      STAFF_NOTIFICATION_EMAIL: 'directors@tateshina.example.jp',
    });
    expect(mailSettingsOf(config)).toEqual({
      smtpUrl: 'smtps://kyodo:pw@mail.example.jp:465',
      from: 'no-reply@kyodo.example.jp',
      staffAddress: 'directors@tateshina.example.jp',
    });
  });

  it('refuses to boot with an SMTP server but no sender, a bad URL or a bad address, and never prints the SMTP password', () => {
    expect(() => loadConfig(WorkersConfig, { ...env, SMTP_URL: 'smtp://relay:25' })).toThrow(/MAIL_FROM/);
    let message = '';
    try {
      loadConfig(WorkersConfig, { ...env, SMTP_URL: 'http://kyodo:secret-pw@mail.example.jp', MAIL_FROM: 'no-reply@kyodo.example.jp' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SMTP_URL="\*\*\*"/);
    expect(message).not.toContain('secret-pw');
    expect(() => loadConfig(WorkersConfig, { ...env, SMTP_URL: 'smtp://relay:25', MAIL_FROM: 'no-reply' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig(WorkersConfig, { ...env, STAFF_NOTIFICATION_EMAIL: 'directors' })).toThrow(/STAFF_NOTIFICATION_EMAIL/);
  });
});
