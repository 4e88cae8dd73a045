import type { TFunction } from 'i18next';
import { adminJa } from '../../../i18n/areas/admin';

type ActionKey = keyof typeof adminJa.audit.actions;

/**
 * The catalogue key of an action: i18next reads dots as nesting, so `login.invite` is kept as
 * `login_invite` and a prefix filter `login.` as `login_all`.
 */
export function actionKey(action: string): string {
  return action.endsWith('.') ? `${action.slice(0, -1)}_all` : action.replaceAll('.', '_');
}

/** The actions (and prefixes ending in a dot) the filter offers: those the catalogue names. */
export const ACTION_FILTERS = (Object.keys(adminJa.audit.actions) as ActionKey[]).map((key) =>
  key.endsWith('_all') ? `${key.slice(0, -4)}.` : key.replaceAll('_', '.'),
);
export const ENTITY_FILTERS = Object.keys(adminJa.audit.entities) as (keyof typeof adminJa.audit.entities)[];

/** A readable name for an action; one the catalogue does not know yet shows as written (`order.transition`). */
export function auditActionLabel(t: TFunction, action: string): string {
  const key = actionKey(action);
  return Object.hasOwn(adminJa.audit.actions, key) ? t(`admin.audit.actions.${key}`) : action;
}

const tokyoTime = (language: string) =>
  new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });

/** When, in Japan time, to the second (the log orders by it). */
export function formatAuditTime(at: string | Date, language = 'ja'): string {
  const instant = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(instant.getTime()) ? String(at) : tokyoTime(language).format(instant);
}
