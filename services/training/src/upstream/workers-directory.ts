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

/**
 * The workers subgraph as training uses it. Every call is made for a caller (their own token),
 * so the workers node applies its own rules to what training asks.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface WorkersDirectory {
  /** Null when the org has no such worker. */
  worker(caller: OnBehalfOf, orgId: string, workerId: string): Promise<WorkerSkills | null>;
  /** Every ACTIVE worker of the org. */
  activeWorkers(caller: OnBehalfOf, orgId: string): Promise<WorkerSkills[]>;
  /** Approved time-entry minutes per worker from `from` (YYYY-MM-DD) on, or ever when null; 0 when none. */
  approvedMinutes(caller: OnBehalfOf, orgId: string, workerIds: readonly string[], from: string | null): Promise<Map<string, number>>;
  /**
   * Asks the workers node to apply a stage change recorded here (committed first): it reads the
   * record back from this node and takes the stage from it, never from the caller (audited there).
   */
  applyStageChange(caller: OnBehalfOf, orgId: string, changeId: string): Promise<void>;
}

export const WORKERS_DIRECTORY = Symbol('WORKERS_DIRECTORY');
