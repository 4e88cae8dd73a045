import type { OnBehalfOf } from '@kyodo/subgraph';

/**
 * The contract with the training subgraph of the worker's org: which of the given courses
 * (by code, as orders name required trainings, e.g. SEC-BASIC for confidential work) a worker
 * has not completed. Asked for the caller (their own token), so the training node applies its
 * own rules: only the org's staff may ask.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface TrainingRecords {
  missingTrainings(orgId: string, workerId: string, courseCodes: readonly string[], caller: OnBehalfOf): Promise<string[]>;
}

export const TRAINING_RECORDS = Symbol('TRAINING_RECORDS');
