import { Logger } from '@nestjs/common';
import { Pool } from 'pg';
import { REVOCATION_READ_OVERLAP_MS, REVOCATION_RETENTION_MS, RevokedSession, RevokedSessionsPage, SessionRevocations } from '@kyodo/auth';

/** Rows older than the retention are deleted every this many polls (about once a minute at 1 s). */
const PRUNE_EVERY_POLLS = 60;

/**
 * The ended Keycloak sessions, shared by every gateway replica through the hub database
 * (`revoked_sessions`). The replica Keycloak tells (back-channel logout) records the session and
 * refuses its tokens at once; every replica re-reads what was recorded since its last read every
 * `pollMs` (a short poll: one indexed query, no connection held open as LISTEN would need), so a
 * logout reaches all of them within about a poll interval. Nodes read the same list from any
 * replica (`GET /auth/revoked-sessions`).
 */
export class RevokedSessionStore implements SessionRevocations {
  private readonly logger = new Logger('RevokedSessionStore');
  private readonly pool: Pool;
  private readonly revoked = new Map<string, number>();
  /** The newest `revoked_at` read so far (database clock, ms). */
  private readUpTo = 0;
  private polls = 0;
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private failing = false;

  constructor(
    databaseUrl: string,
    private readonly pollMs: number,
  ) {
    this.pool = new Pool({ connectionString: databaseUrl, max: 2 });
    // An idle client's error (the database restarting) must not crash the gateway; the next read reports it.
    this.pool.on('error', () => undefined);
  }

  /** Reads every retained session once, then keeps reading what is new. */
  async start(): Promise<void> {
    await this.refresh();
    if (this.pollMs > 0) {
      this.timer = setInterval(() => void this.refresh(), this.pollMs);
      this.timer.unref();
    }
  }

  isRevoked(sid: string): boolean {
    return this.revoked.has(sid);
  }

  /** Records an ended session: refused here at once, by the other replicas after their next read. */
  async record(sid: string): Promise<void> {
    const { rows } = await this.pool.query<{ at: string }>(
      `INSERT INTO revoked_sessions (sid) VALUES ($1)
       ON CONFLICT (sid) DO UPDATE SET sid = EXCLUDED.sid
       RETURNING (extract(epoch FROM revoked_at) * 1000)::float8 AS at`,
      [sid],
    );
    this.revoked.set(sid, Number(rows[0].at));
  }

  /** The sessions recorded after `since` (ms), for a node's copy. */
  since(since: number): RevokedSessionsPage {
    const sessions: RevokedSession[] = [];
    for (const [sid, revokedAt] of this.revoked) if (revokedAt > since) sessions.push({ sid, revokedAt });
    return { sessions, asOf: Date.now() };
  }

  /** One read of what other replicas recorded; concurrent calls share it. */
  refresh(): Promise<void> {
    this.inFlight ??= this.read().finally(() => (this.inFlight = undefined));
    return this.inFlight;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.inFlight;
    await this.pool.end();
  }

  private async read(): Promise<void> {
    try {
      const from = this.readUpTo === 0 ? Date.now() - REVOCATION_RETENTION_MS : this.readUpTo - REVOCATION_READ_OVERLAP_MS;
      const { rows } = await this.pool.query<{ sid: string; at: string }>(
        `SELECT sid, (extract(epoch FROM revoked_at) * 1000)::float8 AS at FROM revoked_sessions WHERE revoked_at > to_timestamp($1 / 1000.0)`,
        [from],
      );
      for (const { sid, at } of rows) {
        this.revoked.set(sid, Number(at));
        this.readUpTo = Math.max(this.readUpTo, Number(at));
      }
      if (this.readUpTo === 0) this.readUpTo = Date.now();
      if (++this.polls % PRUNE_EVERY_POLLS === 0) await this.prune();
      if (this.failing) this.logger.log('Reading ended sessions from the hub database again');
      this.failing = false;
    } catch (error) {
      if (!this.failing)
        this.logger.warn(`Cannot read ended sessions (${(error as Error).message}); keeping the ${this.revoked.size} known`);
      this.failing = true;
    }
  }

  private async prune(): Promise<void> {
    const cutoff = Date.now() - REVOCATION_RETENTION_MS;
    for (const [sid, at] of this.revoked) if (at < cutoff) this.revoked.delete(sid);
    await this.pool.query(`DELETE FROM revoked_sessions WHERE revoked_at < to_timestamp($1 / 1000.0)`, [cutoff]);
  }
}
