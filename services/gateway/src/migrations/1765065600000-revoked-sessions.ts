import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keycloak sessions that have ended (back-channel logout), shared by every gateway replica: a
 * replica that receives the logout records it here, the others read it within a poll interval.
 */
export class RevokedSessions1765065600000 implements MigrationInterface {
  name = 'RevokedSessions1765065600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE revoked_sessions (
        sid text PRIMARY KEY CHECK (length(sid) BETWEEN 1 AND 255),
        revoked_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX revoked_sessions_revoked_at ON revoked_sessions (revoked_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE revoked_sessions`);
  }
}
