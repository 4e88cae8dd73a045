/** First retry after this long; each later one waits twice as long as the one before. */
const FIRST_RETRY_MS = 5_000;
/** No retry waits longer: a workers node back after an outage gets its changes within the hour. */
const LONGEST_WAIT_MS = 60 * 60_000;
/** After this many failed attempts (about two days) a message is FAILED and left for a person to look at. */
export const MAX_DELIVERY_ATTEMPTS = 60;

/** How long to wait before the next attempt, after `attempts` failed ones (1 or more). */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
}
