import type { TFunction } from 'i18next';

/** What the console needs of a GraphQL error: its code and, for a node that is down, the org. */
export interface ApiErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

/**
 * A person's sentence for an API error: every code has a Japanese message, a member whose node
 * is down is named (the rest of the page keeps its data), and an unknown code is still shown
 * with its code so support can find it.
 */
export function errorMessage(t: TFunction, error: ApiErrorLike): string {
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (code === 'NODE_UNAVAILABLE' && typeof error.extensions?.orgId === 'string') {
    return t('errors.nodeUnavailable', { org: error.extensions.orgId });
  }
  const key = `errors.${code}`;
  const translated = t(key);
  return translated === key ? t('errors.unknown', { code }) : translated;
}
