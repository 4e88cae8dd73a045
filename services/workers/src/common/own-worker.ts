import type { AuthContext } from '@kyodo/auth';
import type { WorkerEntity } from '../workers/worker.entity';

/** The worker themself: their record carries the caller's account, at the caller's own org. */
export function isOwnWorker(actor: AuthContext, orgId: string, worker: Pick<WorkerEntity, 'userId'> | null): boolean {
  return worker !== null && worker.userId !== null && worker.userId === actor.userId && actor.orgId === orgId;
}
