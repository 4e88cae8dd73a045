import { useState } from 'react';
import type { ErrorLike } from '@apollo/client';

/**
 * Runs a mutation (or any call) and keeps its error for <ApiErrors>: a refusal is shown as a
 * sentence beside the form, never thrown into the page. `busy` disables the button meanwhile,
 * so a double click sends one request.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorLike | undefined>(undefined);
  async function run<T>(call: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(undefined);
    try {
      return await call();
    } catch (caught) {
      setError(caught as ErrorLike);
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run, clear: () => setError(undefined) };
}
