import { type AuthContext } from '@kyodo/auth';
import type { WorkerEntity } from './worker.entity';
import { may } from '../access/access';

/**
 * How much of a worker a caller sees, by any path (the root queries, `me`, an entity reference
 * from an order's lead worker or a training record, `_entities` asked at the node):
 * - RECORD: the home org's staff and the worker themself: every field the resolvers serve.
 * - CROSSING: another member's staff, for a worker who consented to consortium work
 *   (consortiumConsent): the stage and skills only (DESIGN.md: only what a member chooses to
 *   share crosses). Work within an approved claim shows the owner pseudonyms and stages instead
 *   (ClaimWorker), never a Worker.
 * - NONE: anyone else, the support body included: the worker is refused.
 */
export type WorkerVisibility = 'RECORD' | 'CROSSING' | 'NONE';

export function workerVisibility(
  auth: AuthContext | undefined,
  worker: Pick<WorkerEntity, 'orgId' | 'userId' | 'consortiumConsent'>,
): WorkerVisibility {
  if (!auth) return 'NONE';
  if (may('homeOrgStaff', auth, worker) || may('ownWorker', auth, { orgId: worker.orgId, worker })) return 'RECORD';
  if (may('consentedToConsortium', auth, worker)) return 'CROSSING';
  return 'NONE';
}

/** Fields that cross to another member's staff (with consent); every other field is the home org's. */
export const CROSSING_WORKER_FIELDS: ReadonlySet<string> = new Set(['id', 'orgId', 'itStage', 'businessStage', 'skillTags']);
