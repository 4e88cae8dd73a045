import { useState } from 'react';
import type { ErrorLike } from '@apollo/client';
import { clearPending, isRetryable, loadPending, newSubmissionKey, savePending, submissionFor } from './idempotent-submission';

export type SubmitPhase = 'idle' | 'sending' | 'failed' | 'refused' | 'done';

/**
 * Sends a submission with its idempotency key, keeping the key (in the tab's session storage)
 * until the server has confirmed it: a retry after a failed connection, or after a reload, sends
 * the same key and so never logs the day twice. `failed` means trying again may help (offline,
 * server error); `refused` means the API said no and why.
 */
export function useIdempotentSubmit<TInput extends object, TResult>(
  slot: string,
  send: (input: TInput, idempotencyKey: string) => Promise<TResult>,
) {
  const [phase, setPhase] = useState<SubmitPhase>('idle');
  const [error, setError] = useState<ErrorLike | undefined>(undefined);
  const [lastInput, setLastInput] = useState<TInput | null>(null);

  async function submit(input: TInput): Promise<TResult | undefined> {
    const pending = submissionFor(loadPending<TInput>(sessionStorage, slot), input, newSubmissionKey);
    savePending(sessionStorage, slot, pending);
    setLastInput(input);
    setPhase('sending');
    setError(undefined);
    try {
      const result = await send(input, pending.key);
      clearPending(sessionStorage, slot);
      setPhase('done');
      return result;
    } catch (caught) {
      setError(caught as ErrorLike);
      setPhase(isRetryable(caught) ? 'failed' : 'refused');
      return undefined;
    }
  }

  return {
    phase,
    error,
    busy: phase === 'sending',
    submit,
    /** The same submission again, with the same key. */
    retry: () => (lastInput ? submit(lastInput) : Promise.resolve(undefined)),
    reset: () => {
      setPhase('idle');
      setError(undefined);
    },
  };
}
