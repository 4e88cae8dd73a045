import type { TFunction } from 'i18next';
import { ACTION_FILTERS, actionKey, auditActionLabel, formatAuditTime } from './audit-labels';

const t = ((key: string) => `t:${key}`) as unknown as TFunction;

describe('audit log labels', () => {
  it('names known actions through the catalogue and shows unknown ones as written', () => {
    expect(auditActionLabel(t, 'login.invite')).toBe('t:admin.audit.actions.login_invite');
    expect(auditActionLabel(t, 'order.transition')).toBe('order.transition');
    expect(auditActionLabel(t, 'toString')).toBe('toString');
  });

  it('keeps catalogue keys free of dots and offers the filters the API takes', () => {
    expect(actionKey('time-entry.')).toBe('time-entry_all');
    expect(actionKey('worker.skill-stage')).toBe('worker_skill-stage');
    expect(ACTION_FILTERS).toContain('worker.');
    expect(ACTION_FILTERS).toContain('worker.skill-stage');
    expect(ACTION_FILTERS.every((a) => /^[a-z][a-z0-9-]*(\.[a-z0-9-]*)*$/.test(a))).toBe(true);
  });

  it('shows times in Japan, whatever the browser zone', () => {
    expect(formatAuditTime('2026-04-30T15:30:00Z', 'ja')).toBe('2026/05/01 00:30:00');
    expect(formatAuditTime('not a date')).toBe('not a date');
  });
});
