import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { decodeCursor, DomainError, Page, toPage } from '@kyodo/subgraph';
import { LOGIN_DIRECTORY, type LoginDirectory } from '../logins/login-directory';
import { AuditActorKind, AuditEntry } from './audit-entry.model';
import { AuditLogError } from './audit-log.errors';
import type { AuditLogArgs } from './dto/audit-log.args';

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string;
  action: string;
  entity_type: string;
  entity_id: string;
  detail: unknown;
}

export type AuditFilter = Pick<AuditLogArgs, 'from' | 'to' | 'actor' | 'action' | 'entityType' | 'entityId'>;

/**
 * Reads the node's audit log for its org admin: newest first, filtered, keyset-paged on (at, id).
 * Actors are named by the worker record or the login's username, never by account id.
 */
@Injectable()
export class AuditLogService {
  private readonly logger = new Logger(AuditLogService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGIN_DIRECTORY) private readonly directory: LoginDirectory | null,
  ) {}

  async list(orgId: string, filter: AuditFilter, first: number, after?: string, unlabelledAreOwn = false): Promise<Page<AuditEntry>> {
    if (filter.from && filter.to && filter.from > filter.to)
      throw new AuditLogError('INVALID_PERIOD', `The range ends (${filter.to}) before it starts (${filter.from}).`);
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => `$${params.push(value)}`;
    // Only this org's lines: a node may hold several members' (hosted placement).
    where.push(unlabelledAreOwn ? `(org_id = ${param(orgId)} OR org_id IS NULL)` : `org_id = ${param(orgId)}`);
    // Days are Japan's: a line written at 08:00 JST on the 1st belongs to the 1st.
    if (filter.from) where.push(`at >= (${param(filter.from)}::date)::timestamp AT TIME ZONE 'Asia/Tokyo'`);
    if (filter.to) where.push(`at < (${param(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo'`);
    if (filter.action)
      where.push(filter.action.endsWith('.') ? `starts_with(action, ${param(filter.action)})` : `action = ${param(filter.action)}`);
    if (filter.entityType) where.push(`entity_type = ${param(filter.entityType)}`);
    if (filter.entityId) where.push(`entity_id = ${param(filter.entityId)}`);
    if (filter.actor) {
      const actorIds = await this.actorIds(orgId, filter.actor);
      if (actorIds.length === 0) return { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };
      where.push(`actor_id = ANY(${param(actorIds)})`);
    }
    if (after) {
      const cursor = decodeCursor(after);
      if (!/^\d{1,19}$/.test(cursor.id)) throw new DomainError('BAD_CURSOR', 'The cursor is not one this API issued.');
      where.push(`(at, id) < (${param(cursor.at)}::timestamptz, ${param(cursor.id)}::bigint)`);
    }
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id::text AS id, at, actor_id, action, entity_type, entity_id, detail FROM audit_log
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY at DESC, id DESC LIMIT ${param(first + 1)}`,
      params,
    );
    const names = await this.actorNames(orgId, [...new Set(rows.slice(0, first).map((r) => r.actor_id))]);
    const entries = rows.map((row) => {
      const actor = names.get(row.actor_id);
      return {
        id: row.id,
        at: row.at,
        actorName: actor?.name ?? null,
        actorKind: actor?.kind ?? AuditActorKind.OTHER,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        detail: JSON.stringify(row.detail ?? {}),
      };
    });
    return toPage(entries, first, (e) => ({ at: e.at.toISOString(), id: e.id }));
  }

  /** The account ids behind a login name: a worker's e-mail or a staff username of this org. */
  private async actorIds(orgId: string, actor: string): Promise<string[]> {
    const workers: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM workers WHERE org_id = $1 AND lower(email) = lower($2) AND user_id IS NOT NULL`,
      [orgId, actor],
    );
    const ids = workers.map((w) => w.user_id);
    const login = await this.directory?.member(orgId, actor).catch(() => null);
    if (login) ids.push(login.userId);
    return ids;
  }

  private async actorNames(orgId: string, actorIds: string[]): Promise<Map<string, { name: string; kind: AuditActorKind }>> {
    const names = new Map<string, { name: string; kind: AuditActorKind }>();
    if (actorIds.length === 0) return names;
    const workers: { user_id: string; family_name: string; given_name: string }[] = await this.dataSource.query(
      `SELECT user_id, family_name, given_name FROM workers WHERE org_id = $1 AND user_id = ANY($2)`,
      [orgId, actorIds],
    );
    for (const w of workers) names.set(w.user_id, { name: `${w.family_name} ${w.given_name}`, kind: AuditActorKind.WORKER });
    const rest = actorIds.filter((id) => !names.has(id));
    if (this.directory && rest.length > 0) {
      // Names are a convenience: an unreachable Keycloak leaves them out, the log still reads.
      const usernames = await this.directory.usernames(orgId, rest).catch((error: unknown) => {
        this.logger.warn(`Audit actors not named: ${error instanceof Error ? error.message : String(error)}`);
        return new Map<string, string>();
      });
      for (const [id, name] of usernames) names.set(id, { name, kind: AuditActorKind.STAFF });
    }
    return names;
  }
}
