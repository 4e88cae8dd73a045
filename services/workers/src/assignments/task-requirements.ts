import type { SkillStage } from '@kyodo/domain';
import type { GatewayClient, OnBehalfOf } from '@kyodo/subgraph';
import { TaskRequirementsDocument } from '../upstream/gql/graphql';

/** What the task's owner says booking a worker on it requires (orders: Query.taskRequirements). */
export interface TaskRequirements {
  itStage: SkillStage;
  businessStage: SkillStage;
  /** Course codes, the security course included for confidential work. */
  trainings: string[];
  /** 秘密保持: the worker needs a signed NDA (and the security course). */
  confidential: boolean;
  /** 源泉徴収, as the owner's org admin set it for the task's business category. */
  withholding: boolean;
}

/**
 * The owner's orders node, asked with the caller's token: it answers only for its own staff or a
 * partner within an approved claim, so "unknown" and "not yours" both come back as null.
 * @remote Asks another node: never inside a database transaction (kyodo/no-remote-call-in-transaction).
 */
export interface TaskRequirementsSource {
  forTask(caller: OnBehalfOf, taskOrgId: string, taskId: string): Promise<TaskRequirements | null>;
}

export const TASK_REQUIREMENTS = Symbol('TASK_REQUIREMENTS');

/** Fails closed: when the owner's node cannot answer, the call fails and nothing is booked. */
export class GatewayTaskRequirements implements TaskRequirementsSource {
  constructor(private readonly gateway: GatewayClient) {}

  async forTask(caller: OnBehalfOf, taskOrgId: string, taskId: string): Promise<TaskRequirements | null> {
    const { taskRequirements } = await this.gateway.execute(caller, TaskRequirementsDocument, { orgId: taskOrgId, taskId });
    if (!taskRequirements || taskRequirements.orgId !== taskOrgId || taskRequirements.taskId !== taskId) return null;
    const { itStage, businessStage, trainings, confidential, withholding } = taskRequirements;
    return { itStage: itStage as SkillStage, businessStage: businessStage as SkillStage, trainings, confidential, withholding };
  }
}
