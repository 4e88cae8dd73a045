export interface RestartPolicyOptions {
  /** Wait before the first restart after a crash, in ms. */
  initialDelayMs: number;
  /** The wait doubles with each crash in a row, up to this, in ms. */
  maxDelayMs: number;
  /** A process that ran this long before crashing counts as having recovered: the wait starts over, in ms. */
  stableAfterMs: number;
}

/** What the demo uses: back within a second after a single crash, at most every 30 s while it keeps crashing. */
export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { initialDelayMs: 500, maxDelayMs: 30_000, stableAfterMs: 60_000 };

/**
 * When to restart a service process that exited without being asked to (killed by the kernel
 * for memory, a crash): exponential back-off, as Kubernetes' CrashLoopBackOff does, so a node
 * that crashes at once on every start does not spin the machine, and one that crashed once
 * after running well is back at once. It never gives up: a member's node is meant to run.
 */
export class RestartPolicy {
  private crashesInARow = 0;

  constructor(private readonly options: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  /** Records a crash of a process that had run `ranMs`; returns how long to wait before starting it again. */
  delayAfterCrash(ranMs: number): number {
    if (ranMs >= this.options.stableAfterMs) this.crashesInARow = 0;
    const delay = Math.min(this.options.maxDelayMs, this.options.initialDelayMs * 2 ** this.crashesInARow);
    this.crashesInARow += 1;
    return delay;
  }
}
