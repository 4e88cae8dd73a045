import { createHmac } from 'node:crypto';

/**
 * The reference under which a worker appears to the owner of a claimed task: stable for one
 * claim and worker (so the owner can follow progress), different across claims (so owners cannot
 * link a person across jobs), and not reversible without the node's key.
 */
export function workerPseudonym(key: Buffer, claimId: string, workerId: string): string {
  return `P-${createHmac('sha256', key).update(`claim-worker-pseudonym\0${claimId}\0${workerId}`).digest('hex').slice(0, 12).toUpperCase()}`;
}
