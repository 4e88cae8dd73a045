import type { OnBehalfOf } from '@kyodo/subgraph';
import type { TaskDetails, TaskDetailsSource, TaskToDescribe } from './task-details-source';

/** An orders node held in memory, for specs: the details of the tasks it was given. */
export class InMemoryTaskDetails implements TaskDetailsSource {
  private readonly byTask = new Map<string, TaskDetails>();

  set(taskOrgId: string, taskId: string, details: TaskDetails): void {
    this.byTask.set(`${taskOrgId}/${taskId}`, details);
  }

  async details(_caller: OnBehalfOf, _bookingOrgId: string, task: TaskToDescribe): Promise<TaskDetails | null> {
    return this.byTask.get(`${task.taskOrgId}/${task.taskId}`) ?? null;
  }
}
