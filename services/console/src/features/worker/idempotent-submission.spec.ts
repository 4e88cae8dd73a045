import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import {
  clearPending,
  isRetryable,
  loadPending,
  newSubmissionKey,
  savePending,
  submissionFor,
  type PendingSubmission,
  type SubmissionStore,
} from './idempotent-submission';

function memoryStore(): SubmissionStore & { size: () => number } {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
    size: () => items.size,
  };
}

describe('an idempotent submission', () => {
  let n = 0;
  const newKey = () => `key-${++n}`;
  const day = { assignmentId: 'a1', workDate: '2026-12-07', minutes: 240 };

  it('keeps its key for a retry of the same input, even rebuilt with its fields in another order', () => {
    const first = submissionFor(null, day, newKey);
    const retry = submissionFor(first, { minutes: 240, workDate: '2026-12-07', assignmentId: 'a1' }, newKey);
    expect(retry.key).toBe(first.key);
  });

  it('takes a new key when the input changed (another duration, another day)', () => {
    const first = submissionFor(null, day, newKey);
    expect(submissionFor(first, { ...day, minutes: 180 }, newKey).key).not.toBe(first.key);
    expect(submissionFor(first, { ...day, workDate: '2026-12-08' }, newKey).key).not.toBe(first.key);
  });

  it('survives a reload in the store, and is gone once the submission succeeded', () => {
    const store = memoryStore();
    const first = submissionFor(null, day, newKey);
    savePending(store, 'log:a1', first);
    const reloaded = loadPending<typeof day>(store, 'log:a1');
    expect(submissionFor(reloaded, day, newKey).key).toBe(first.key);
    clearPending(store, 'log:a1');
    expect(loadPending(store, 'log:a1')).toBeNull();
    expect(submissionFor(loadPending<typeof day>(store, 'log:a1'), day, newKey).key).not.toBe(first.key);
    expect(store.size()).toBe(0);
  });

  it('keeps slots apart and reads a damaged entry as none', () => {
    const store = memoryStore();
    const pending: PendingSubmission<typeof day> = { key: 'k', input: day };
    savePending(store, 'log:a1', pending);
    expect(loadPending(store, 'log:a2')).toBeNull();
    store.setItem('kyodo.pending-submission:log:a3', '{not json');
    expect(loadPending(store, 'log:a3')).toBeNull();
    store.setItem('kyodo.pending-submission:log:a4', JSON.stringify({ input: day }));
    expect(loadPending(store, 'log:a4')).toBeNull();
  });

  it('makes keys that differ per submission', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newSubmissionKey()));
    expect(keys.size).toBe(50);
  });
});

describe('isRetryable', () => {
  const response = (status: number) => new Response('x', { status });

  it('retries a lost connection, a failing server and a member node that is down', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable(new ServerError('bad gateway', { response: response(502), bodyText: 'x' }))).toBe(true);
    expect(
      isRetryable(
        new CombinedGraphQLErrors({ errors: [{ message: 'down', extensions: { code: 'NODE_UNAVAILABLE', orgId: 'tateshina' } }] }),
      ),
    ).toBe(true);
  });

  it('does not retry a refusal the API explained', () => {
    expect(
      isRetryable(new CombinedGraphQLErrors({ errors: [{ message: 'no', extensions: { code: 'COMMISSION_TERMS_NOT_ACCEPTED' } }] })),
    ).toBe(false);
    expect(isRetryable(new ServerError('bad request', { response: response(400), bodyText: 'x' }))).toBe(false);
  });
});
