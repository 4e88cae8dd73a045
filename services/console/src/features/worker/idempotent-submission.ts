import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/**
 * One submission of a form whose mutation takes an idempotency key (logTime): the key is chosen
 * once per submission and sent again with every retry of it, so a retry after a lost answer
 * (the request reached the server, the phone never heard back) returns the first entry instead
 * of writing a second one. Another submission (other input, or after one succeeded) gets a new key.
 */
export interface PendingSubmission<T> {
  key: string;
  input: T;
}

/** What a pending submission is kept in across reloads: the tab's session storage. */
export type SubmissionStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'kyodo.pending-submission:';

/** Input compared by value, key order aside: a retry rebuilds the same input object anew. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The submission to send: the pending one again when its input is the same, otherwise a new key. */
export function submissionFor<T>(pending: PendingSubmission<T> | null, input: T, newKey: () => string): PendingSubmission<T> {
  return pending && canonical(pending.input) === canonical(input) ? pending : { key: newKey(), input };
}

export function loadPending<T>(store: SubmissionStore, slot: string): PendingSubmission<T> | null {
  try {
    const raw = store.getItem(PREFIX + slot);
    const parsed = raw ? (JSON.parse(raw) as Partial<PendingSubmission<T>>) : null;
    return parsed && typeof parsed.key === 'string' && 'input' in parsed ? (parsed as PendingSubmission<T>) : null;
  } catch {
    return null; // a damaged entry is a fresh start, never a crash
  }
}

export function savePending<T>(store: SubmissionStore, slot: string, pending: PendingSubmission<T>): void {
  store.setItem(PREFIX + slot, JSON.stringify(pending));
}

export function clearPending(store: SubmissionStore, slot: string): void {
  store.removeItem(PREFIX + slot);
}

/**
 * Whether trying the same submission again may help: the connection failed, the server or a
 * proxy failed (5xx), or the member's node was unreachable. A refusal the API explains (a GraphQL
 * error with its code, a 4xx) will be refused again; the person changes something first.
 */
export function isRetryable(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === 'NODE_UNAVAILABLE');
  if (ServerError.is(error)) return error.statusCode >= 500;
  return true;
}

/** A random key per submission: a UUID where the browser offers one (secure contexts), else 128 random bits. */
export function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
