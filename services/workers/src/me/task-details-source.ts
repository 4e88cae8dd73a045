import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';

/** What a worker sees of the task they are booked on (MyAssignment). */
export interface TaskDetails {
  taskTitle: string | null;
  orderTitle: string | null;
  clientLabel: string | null;
  deadline: string | null;
}

export interface TaskToDescribe {
  taskOrgId: string;
  taskId: string;
  /** The claim a partner books another member's task within. */
  claimId?: string;
}

/**
 * Where the workers node learns a task's titles, client label and deadline when a director books
 * a worker on it. Read with the booking director's own token, who may read the task; the copy then
 * serves the worker's own reads from this node's data. The orders node never has to decide
 * whether a worker is assigned (it cannot know), and orders never calls workers.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface TaskDetailsSource {
  /** Null when the owner's node does not answer or shows the caller nothing: the booking goes on without titles. */
  details(caller: OnBehalfOf, bookingOrgId: string, task: TaskToDescribe): Promise<TaskDetails | null>;
}

export const TASK_DETAILS_SOURCE = Symbol('TASK_DETAILS_SOURCE');

/** A node wired to no gateway (schema printing, specs of other features): assignments carry no titles. */
export const NO_TASK_DETAILS: TaskDetailsSource = { details: () => Promise.resolve(null) };

const BRIEF = `query ($orgId: String, $id: ID!) { taskBrief(orgId: $orgId, id: $id) { taskTitle orderTitle clientLabel deadline } }`;
const CLAIMED = `query ($orgId: String, $ids: [ID!]) { poolClaims(orgId: $orgId, ids: $ids) { id offer { taskId title clientLabel deadline } } }`;

type ClaimedOffer = { id: string; offer: { taskId: string; title: string; clientLabel: string | null; deadline: string } };

/**
 * Through the consortium gateway: the org's own task from its orders node (taskBrief); another
 * member's task from the owner's published offer within the approved claim (the owner's own
 * clientLabel, no order title: the owner shares only what the offer shows).
 */
export class GatewayTaskDetailsSource implements TaskDetailsSource {
  private readonly logger = new Logger(GatewayTaskDetailsSource.name);

  constructor(private readonly gateway: GatewayClient) {}

  async details(caller: OnBehalfOf, bookingOrgId: string, task: TaskToDescribe): Promise<TaskDetails | null> {
    try {
      if (task.taskOrgId === bookingOrgId) {
        const { taskBrief } = await this.gateway.request<{ taskBrief: TaskDetails | null }>(caller, BRIEF, {
          orgId: task.taskOrgId,
          id: task.taskId,
        });
        return taskBrief;
      }
      if (!task.claimId) return null;
      const { poolClaims } = await this.gateway.request<{ poolClaims: ClaimedOffer[] }>(caller, CLAIMED, {
        orgId: task.taskOrgId,
        ids: [task.claimId],
      });
      const offer = poolClaims.find((c) => c.id === task.claimId && c.offer.taskId === task.taskId)?.offer;
      return offer ? { taskTitle: offer.title, orderTitle: null, clientLabel: offer.clientLabel, deadline: offer.deadline } : null;
    } catch (error) {
      // Titles are a convenience: a booking that the rules allow is not refused for want of them.
      this.logger.warn(`No task details for ${task.taskOrgId}/${task.taskId}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}

/** Stores the copy beside the assignment, in the booking's transaction. */
export async function recordTaskDetails(manager: EntityManager, assignmentId: string, details: TaskDetails): Promise<void> {
  await manager.query(
    `INSERT INTO assignment_task_details (assignment_id, task_title, order_title, client_label, deadline) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (assignment_id) DO UPDATE SET task_title = EXCLUDED.task_title, order_title = EXCLUDED.order_title,
       client_label = EXCLUDED.client_label, deadline = EXCLUDED.deadline, recorded_at = now()`,
    [assignmentId, details.taskTitle, details.orderTitle, details.clientLabel, details.deadline],
  );
}
