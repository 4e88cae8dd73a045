import type { TrainingRecords } from './training-records';

/** Completions held in memory: for tests, and a fail-closed stand-in until training is wired. */
export class InMemoryTrainingRecords implements TrainingRecords {
  private readonly completed = new Map<string, Set<string>>();

  complete(orgId: string, workerId: string, trainingId: string): void {
    const key = `${orgId}/${workerId}`;
    this.completed.set(key, (this.completed.get(key) ?? new Set()).add(trainingId));
  }

  async missingTrainings(orgId: string, workerId: string, trainingIds: readonly string[]): Promise<string[]> {
    const done = this.completed.get(`${orgId}/${workerId}`) ?? new Set<string>();
    return trainingIds.filter((id) => !done.has(id));
  }
}
