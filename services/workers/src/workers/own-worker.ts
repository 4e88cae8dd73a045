import type { EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { WorkerEntity } from './worker.entity';

/**
 * The worker record a caller acts as at this org: the one linked to the token's subject, and only
 * for a token of this org (a login of another member is nobody here, whatever its subject). Every
 * "own" rule (my* queries, a worker's notifications, the director's routes opened to a worker for
 * themself) starts from this one lookup, so none of them can take an id from the request instead.
 */
export async function findOwnWorker(manager: EntityManager, orgId: string, actor: AuthContext): Promise<WorkerEntity | null> {
  if (actor.orgId !== orgId) return null;
  return manager.findOneBy(WorkerEntity, { orgId, userId: actor.userId });
}
