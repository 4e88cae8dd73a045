import type { TrainingRecords } from './training-records';

/** Completions held in memory, by course code: for tests, and for a node printing its schema. */
export class InMemoryTrainingRecords implements TrainingRecords {
  private readonly completed = new Map<string, Set<string>>();

  complete(orgId: string, workerId: string, courseCode: string): void {
    const key = `${orgId}/${workerId}`;
    this.completed.set(key, (this.completed.get(key) ?? new Set()).add(courseCode));
  }

  async missingTrainings(orgId: string, workerId: string, courseCodes: readonly string[]): Promise<string[]> {
    const done = this.completed.get(`${orgId}/${workerId}`) ?? new Set<string>();
    return courseCodes.filter((code) => !done.has(code));
  }
}
