import { SkillStage } from '@kyodo/domain';
import type { OnBehalfOf } from '@kyodo/subgraph';
import type { TaskRequirements, TaskRequirementsSource } from './task-requirements';

/** Entry-stage work with nothing else required. */
export const OPEN_TASK: TaskRequirements = {
  itStage: SkillStage.A,
  businessStage: SkillStage.A,
  trainings: [],
  confidential: false,
  withholding: false,
};

/**
 * Owners' tasks held in memory, for specs. Answers null for a task it was not given, as an
 * owner's node does for an unknown task or one the caller may not staff; `everyTask` makes it
 * answer for any task (specs about hours or pay, not about booking rules).
 */
export class InMemoryTaskRequirements implements TaskRequirementsSource {
  private readonly tasks = new Map<string, TaskRequirements>();
  /** Every task the node was asked about, in order. */
  readonly asked: { taskOrgId: string; taskId: string }[] = [];

  constructor(private readonly everyTask: TaskRequirements | null = null) {}

  add(taskOrgId: string, taskId: string, requirements: Partial<TaskRequirements> = {}): string {
    this.tasks.set(`${taskOrgId}/${taskId}`, { ...OPEN_TASK, ...requirements });
    return taskId;
  }

  /** As if the owner deleted the task, or stopped showing it to the caller. */
  forget(taskOrgId: string, taskId: string): void {
    this.tasks.delete(`${taskOrgId}/${taskId}`);
  }

  async forTask(_caller: OnBehalfOf, taskOrgId: string, taskId: string): Promise<TaskRequirements | null> {
    this.asked.push({ taskOrgId, taskId });
    return this.tasks.get(`${taskOrgId}/${taskId}`) ?? this.everyTask;
  }
}
