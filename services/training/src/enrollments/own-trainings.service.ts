import { Inject, Injectable } from '@nestjs/common';
import { AuthError, type AuthContext } from '@kyodo/auth';
import { WORKERS_DIRECTORY, WorkersDirectory } from '../upstream/workers-directory';
import { may } from '../access/access';

/**
 * Which worker a worker-role caller is. Training holds enrollments by worker id only; the
 * workers node of the org is the one that knows which login is which worker, so it is asked
 * (its `me`, with the caller's own token) rather than trusting an id the caller sends.
 */
@Injectable()
export class OwnTrainingsService {
  constructor(@Inject(WORKERS_DIRECTORY) private readonly workers: WorkersDirectory) {}

  /** The caller's own worker id at this org; a worker of another org or an unlinked login is refused. */
  async ownWorkerId(orgId: string, actor: AuthContext): Promise<string> {
    const own = actor.orgId === orgId ? await this.workers.linkedWorker(actor) : null;
    if (!own || own.orgId !== orgId) throw new AuthError('FORBIDDEN', 'A worker sees their own training records at their own org only.');
    return own.id;
  }

  /** Staff read any worker of the org; a worker only themself (another worker's id reads as refused). */
  async assertMayRead(orgId: string, workerId: string, actor: AuthContext): Promise<void> {
    if (may('homeOrgStaff', actor, { orgId })) return;
    const linked = { orgId, id: await this.ownWorkerId(orgId, actor) };
    if (!may('ownWorker', actor, { orgId, workerId, linked }))
      throw new AuthError('FORBIDDEN', 'A worker sees their own training records only.');
  }
}
