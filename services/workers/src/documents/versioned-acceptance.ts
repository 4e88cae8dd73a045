import type { EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';

/** A document a worker accepts electronically, one version at a time (基本契約, 作業委託契約). */
export interface VersionedDocument {
  id: string;
  version: number;
  sha256: string;
  acceptedAt: Date | null;
}

/** Where a document's versions live and how its refusals and audit read. */
export interface AcceptanceSpec {
  /** The table and the column its versions are numbered within (a worker's, an assignment's). */
  table: 'basic_contracts' | 'commission_terms';
  scopeColumn: 'worker_id' | 'assignment_id';
  scopeId: string;
  superseded(latest: number): Error;
  hashMismatch(sha256: string): Error;
  audit: { action: string; entityType: string; detail: Record<string, unknown> };
}

/**
 * Records the worker's acceptance of exactly this version (time and account), once, audited. Only
 * the newest version may be accepted, and only with its hash, so what was accepted is what was
 * shown. The caller has checked the worker and locked the scope, so concurrent acceptances and a
 * new version being issued wait for each other. Accepting again changes nothing.
 */
export async function acceptLatestVersion(
  manager: EntityManager,
  orgId: string,
  document: VersionedDocument,
  sha256: string,
  actor: AuthContext,
  spec: AcceptanceSpec,
): Promise<void> {
  const [{ latest }]: { latest: number }[] = await manager.query(
    `SELECT max(version)::int AS latest FROM ${spec.table} WHERE org_id = $1 AND ${spec.scopeColumn} = $2`,
    [orgId, spec.scopeId],
  );
  if (document.version !== latest) throw spec.superseded(latest);
  if (document.sha256 !== sha256) throw spec.hashMismatch(document.sha256);
  if (document.acceptedAt) return;
  await manager.query(
    `UPDATE ${spec.table} SET accepted_at = now(), accepted_by = $3 WHERE org_id = $1 AND id = $2 AND accepted_at IS NULL`,
    [orgId, document.id, actor.userId],
  );
  await appendAudit(manager, {
    actorId: actor.userId,
    actorOrgId: actor.orgId,
    action: spec.audit.action,
    entityType: spec.audit.entityType,
    entityId: document.id,
    detail: { ...spec.audit.detail, version: document.version, sha256 },
  });
}
