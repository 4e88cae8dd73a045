import type { SkillStage } from '@kyodo/domain';
import type { OnBehalfOf } from '@kyodo/subgraph';

/** What training needs to know of a worker, who lives in the workers subgraph of the same org. */
export interface WorkerSkills {
  id: string;
  /** REGISTERED, ACTIVE or INACTIVE (the workers subgraph's WorkerStatus). */
  status: string;
  itStage: SkillStage;
  businessStage: SkillStage;
}

/** The caller's own worker record (the workers subgraph's `me`): who a worker login is, as printed. */
export interface LinkedWorker {
  orgId: string;
  id: string;
  /** Family and given name. */
  name: string;
}

/**
 * The workers subgraph as training uses it. Every call is made for a caller (their own token),
 * so the workers node applies its own rules to what training asks.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface WorkersDirectory {
  /** Null when the org has no such worker. */
  worker(caller: OnBehalfOf, orgId: string, workerId: string): Promise<WorkerSkills | null>;
  /** Family and given name, as printed on a certificate; null when the org has no such worker. */
  displayName(caller: OnBehalfOf, orgId: string, workerId: string): Promise<string | null>;
  /**
   * The worker record the caller's login is linked to at the caller's own org; null when it is
   * linked to none. Training keeps no logins: only the workers subgraph knows who a worker is.
   */
  linkedWorker(caller: OnBehalfOf): Promise<LinkedWorker | null>;
}

export const WORKERS_DIRECTORY = Symbol('WORKERS_DIRECTORY');
