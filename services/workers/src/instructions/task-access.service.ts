import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthContext } from '@kyodo/auth';
import { InstructionsError } from './instructions.errors';
import { may } from '../access/access';

export interface TaskKey {
  taskOrgId: string;
  taskId: string;
}

/** Who is looking at a task's instructions and Q&A, as this node's own data says. */
export type TaskViewer = { kind: 'STAFF' } | { kind: 'WORKER'; workerId: string };

/**
 * The access table of a task's instructions, attachments and Q&A, in one place:
 * - the org's staff (directors, admins) of this node: every task the org works on, i.e. its own
 *   tasks and another member's task it holds a claim on;
 * - a worker of this org (linked by their Keycloak account) who is assigned to the task;
 * - nobody else: not another worker of the org, not another member's staff or workers.
 * Refusals do not tell a task that exists from one that does not.
 */
@Injectable()
export class TaskAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async viewer(orgId: string, auth: AuthContext, task: TaskKey): Promise<TaskViewer> {
    if (may('homeOrgStaff', auth, { orgId })) {
      await this.checkWorkedHere(orgId, task);
      return { kind: 'STAFF' };
    }
    const workerId = await this.assignedWorker(orgId, auth, task);
    if (!workerId) throw new InstructionsError('TASK_NOT_VISIBLE', 'The task is visible to its assigned workers and the org’s staff only.');
    return { kind: 'WORKER', workerId };
  }

  /** Staff only: the org's own task, or another member's task within a claim of this org. */
  async checkWorkedHere(orgId: string, task: TaskKey): Promise<void> {
    if (task.taskOrgId === orgId) return;
    // A claim is known here once a booking used it (claim_shares) or an offer was made within it
    // (the owner confirmed the claim when the offer was created).
    const [claim] = await this.dataSource.query(
      `SELECT 1 FROM claim_shares WHERE org_id = $3 AND owner_org_id = $1 AND task_id = $2
       UNION ALL SELECT 1 FROM offers WHERE org_id = $3 AND task_org_id = $1 AND task_id = $2 AND claim_id IS NOT NULL LIMIT 1`,
      [task.taskOrgId, task.taskId, orgId],
    );
    if (!claim)
      throw new InstructionsError('TASK_NOT_CLAIMED', `A task of ${task.taskOrgId} is handled here only within a claim of this org.`);
  }

  /** The caller's worker record in this org when it is assigned to the task. */
  async assignedWorker(orgId: string, auth: AuthContext, task: TaskKey): Promise<string | null> {
    if (!may('workerOfOrg', auth, { orgId })) return null;
    const [row] = await this.dataSource.query(
      `SELECT w.id FROM workers w JOIN assignments a ON a.worker_id = w.id AND a.org_id = w.org_id
        WHERE w.org_id = $1 AND w.user_id = $2 AND a.task_org_id = $3 AND a.task_id = $4 LIMIT 1`,
      [orgId, auth.userId, task.taskOrgId, task.taskId],
    );
    return (row?.id as string | undefined) ?? null;
  }

  /** The caller's own worker record in this org (any worker, assigned or not). */
  async ownWorker(orgId: string, auth: AuthContext): Promise<string | null> {
    if (!may('workerOfOrg', auth, { orgId })) return null;
    const [row] = await this.dataSource.query(`SELECT id FROM workers WHERE org_id = $1 AND user_id = $2`, [orgId, auth.userId]);
    return (row?.id as string | undefined) ?? null;
  }
}
