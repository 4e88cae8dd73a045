/**
 * The contract with the training subgraph of the worker's org: which of the given trainings
 * (course ids) a worker has not completed. Today tests and the node use the in-memory
 * implementation; the training issue wires one that asks that org's training node.
 */
export interface TrainingRecords {
  missingTrainings(orgId: string, workerId: string, trainingIds: readonly string[]): Promise<string[]>;
}

export const TRAINING_RECORDS = Symbol('TRAINING_RECORDS');
