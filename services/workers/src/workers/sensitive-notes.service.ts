import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { SensitiveDataCipher } from '../crypto/sensitive-data.cipher';
import { WorkersError } from './workers.errors';

/**
 * 要配慮個人情報 (care or disability needs): sealed before it reaches PostgreSQL, opened only
 * for an org-admin. Reads and writes are both audited, since who looked matters as much as who wrote.
 */
@Injectable()
export class SensitiveNotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: SensitiveDataCipher,
  ) {}

  /** Null clears the notes. The plaintext never enters the audit log. */
  async set(orgId: string, workerId: string, notes: string | null, actor: AuthContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const found: unknown[] = await manager.query(`SELECT 1 FROM workers WHERE org_id = $1 AND id = $2 FOR UPDATE`, [orgId, workerId]);
      if (found.length === 0) throw new WorkersError('WORKER_NOT_FOUND', `No worker ${workerId} in ${orgId}.`);
      if (notes === null) {
        await manager.query(`DELETE FROM worker_sensitive_notes WHERE worker_id = $1`, [workerId]);
      } else {
        const sealed = this.cipher.seal(notes, workerId);
        await manager.query(
          `INSERT INTO worker_sensitive_notes (worker_id, iv, ciphertext, auth_tag) VALUES ($1, $2, $3, $4)
           ON CONFLICT (worker_id) DO UPDATE SET iv = EXCLUDED.iv, ciphertext = EXCLUDED.ciphertext, auth_tag = EXCLUDED.auth_tag, updated_at = now()`,
          [workerId, sealed.iv, sealed.ciphertext, sealed.authTag],
        );
      }
      await appendAudit(
        manager,
        this.auditEntry(actor, workerId, notes === null ? 'worker.sensitive-notes.clear' : 'worker.sensitive-notes.set'),
      );
    });
  }

  async get(orgId: string, workerId: string, actor: AuthContext): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows: { iv: Buffer; ciphertext: Buffer; auth_tag: Buffer }[] = await manager.query(
        `SELECT n.iv, n.ciphertext, n.auth_tag FROM workers w LEFT JOIN worker_sensitive_notes n ON n.worker_id = w.id
         WHERE w.org_id = $1 AND w.id = $2`,
        [orgId, workerId],
      );
      if (rows.length === 0) throw new WorkersError('WORKER_NOT_FOUND', `No worker ${workerId} in ${orgId}.`);
      await appendAudit(manager, this.auditEntry(actor, workerId, 'worker.sensitive-notes.read'));
      const row = rows[0];
      return row.ciphertext ? this.cipher.open({ iv: row.iv, ciphertext: row.ciphertext, authTag: row.auth_tag }, workerId) : null;
    });
  }

  private auditEntry(actor: AuthContext, workerId: string, action: string) {
    return { actorId: actor.userId, actorOrgId: actor.orgId, action, entityType: 'Worker', entityId: workerId, detail: {} };
  }
}
