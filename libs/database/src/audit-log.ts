import type { EntityManager, QueryRunner } from 'typeorm';
import { currentDelegatedAct, currentTargetOrg } from './request-org';

/** One line of the append-only audit log every service keeps in its own database. */
export interface AuditEntry {
  /** Who: the Keycloak user id (or service client) from the verified token. */
  actorId: string;
  actorOrgId: string | null;
  /** What happened, e.g. `order.transition`, `assignment.create`, `time-entry.approve`. */
  action: string;
  entityType: string;
  entityId: string;
  /** Before and after (or any detail worth keeping), as JSON. */
  detail: Record<string, unknown>;
}

/**
 * Creates the `audit_log` table and the trigger that makes it append-only: an UPDATE or DELETE
 * of a row fails in the database, whoever issues it. Call from a service's migration.
 */
export async function createAuditLogTable(q: QueryRunner): Promise<void> {
  await q.query(`
    CREATE TABLE audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      actor_id text NOT NULL,
      actor_org_id text,
      action text NOT NULL,
      entity_type text NOT NULL,
      entity_id text NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}'::jsonb
    )`);
  await q.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at)`);
  await q.query(`
    CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$`);
  await q.query(`
    CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
}

/**
 * The org each entry belongs to: a node may hold several members' data (hosted placement), so a
 * member's audit log is read by this column. Entries written before it have none; a node that
 * hosts no other member reads those as its own.
 */
export async function addAuditLogOrgColumn(q: QueryRunner): Promise<void> {
  await q.query(`ALTER TABLE audit_log ADD COLUMN org_id text`);
  await q.query(`CREATE INDEX audit_log_org ON audit_log (org_id, at)`);
}

export async function dropAuditLogOrgColumn(q: QueryRunner): Promise<void> {
  await q.query(`ALTER TABLE audit_log DROP COLUMN org_id`);
}

export async function dropAuditLogTable(q: QueryRunner): Promise<void> {
  await q.query(`DROP TABLE audit_log`);
  await q.query(`DROP FUNCTION audit_log_is_append_only()`);
}

/** Appends an entry inside the caller's transaction, so the change and its record commit together. */
/** Yen amounts are bigints in code: recorded as their exact decimal strings (JSON has no bigint). */
const bigintAsDecimal = (_key: string, value: unknown): unknown => (typeof value === 'bigint' ? value.toString() : value);

export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  // A partner operator's staff acting for a member by delegation: recorded as "operator X for member Y".
  const actingFor = currentDelegatedAct();
  const detail = actingFor ? { ...entry.detail, actingFor } : entry.detail;
  await manager.query(
    `INSERT INTO audit_log (org_id, actor_id, actor_org_id, action, entity_type, entity_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      currentTargetOrg() ?? null,
      entry.actorId,
      entry.actorOrgId,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(detail, bigintAsDecimal),
    ],
  );
}
