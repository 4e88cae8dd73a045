import { Logger } from '@nestjs/common';
import {
  REVOCATION_READ_OVERLAP_MS,
  REVOCATION_RETENTION_MS,
  REVOKED_SESSIONS_PATH,
  RevokedSessionsPage,
  SessionRevocations,
} from './session-revocations';

/**
 * A node's (or reporting's) copy of the ended sessions, read from the gateway every `pollMs`
 * (`GET /auth/revoked-sessions?since=…`, only what is new each time). A node reached directly, not
 * through the gateway, refuses a logged-out token within about a poll interval too.
 *
 * While the gateway cannot be reached the node keeps the sessions it knows and says so in its log
 * (once per outage, after `QUIET_MS`: nodes start before the gateway): the node still serves, since refusing everyone because the hub is down
 * would turn a hub outage into every member's outage.
 */
const QUIET_MS = 30_000;

export class GatewaySessionRevocations implements SessionRevocations {
  private readonly logger = new Logger('SessionRevocations');
  private readonly revoked = new Map<string, number>();
  private readonly url: URL;
  private since = 0;
  private timer?: NodeJS.Timeout;
  /** Since when reads have failed (undefined while they succeed), and whether that was logged. */
  private failingSince?: number;
  private warned = false;
  private inFlight?: Promise<void>;

  constructor(
    gatewayUrl: string,
    private readonly pollMs: number,
  ) {
    this.url = new URL(REVOKED_SESSIONS_PATH, gatewayUrl);
  }

  start(): void {
    if (this.timer || this.pollMs <= 0) return;
    void this.poll();
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    this.timer.unref();
  }

  isRevoked(sid: string): boolean {
    return this.revoked.has(sid);
  }

  /** One read from the gateway; concurrent calls share it. */
  poll(): Promise<void> {
    this.inFlight ??= this.read().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
  }

  private async read(): Promise<void> {
    const url = new URL(this.url);
    url.searchParams.set('since', String(this.since));
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(Math.max(this.pollMs * 3, 2_000)) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const page = (await response.json()) as RevokedSessionsPage;
      const now = Date.now();
      for (const { sid, revokedAt } of page.sessions) this.revoked.set(sid, revokedAt);
      for (const [sid, revokedAt] of this.revoked) if (now - revokedAt > REVOCATION_RETENTION_MS) this.revoked.delete(sid);
      this.since = Math.max(0, page.asOf - REVOCATION_READ_OVERLAP_MS);
      if (this.warned) this.logger.log(`Reading ended sessions from ${this.url.origin} again`);
      this.failingSince = undefined;
      this.warned = false;
    } catch (error) {
      this.failingSince ??= Date.now();
      if (!this.warned && Date.now() - this.failingSince >= QUIET_MS) {
        this.logger.warn(
          `Cannot read ended sessions from ${this.url.href} (${(error as Error).message}); keeping the ${this.revoked.size} known`,
        );
        this.warned = true;
      }
    }
  }
}
