import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthContext } from '@kyodo/auth';
import { SECURITY_COURSE_CODE } from '@kyodo/domain';
import { OrgNode } from '@kyodo/subgraph';
import { BusinessCategoriesService } from '../categories/business-categories.service';
import { ConfidentialityLevel } from '../orders/confidentiality-level.enum';
import { OrderEntity } from '../orders/order.entity';
import { PoolClaimStatus } from '../sharing/pool-claim-status.enum';
import { TaskEntity } from './task.entity';
import { TaskRequirements } from './task-requirements.model';
import { may } from '../access/access';

/** Reads what a task requires of a worker from its order and category, for whoever may staff it. */
@Injectable()
export class TaskRequirementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly categories: BusinessCategoriesService,
    private readonly node: OrgNode,
  ) {}

  /**
   * Null when the org has no such task, or the caller may not staff it: the org's own staff may,
   * and its partner operator's staff acting for it (アサイン is delegated); another member's staff
   * only within an approved claim of their org on an offer of the task.
   * Both read the same requirements: a partner's worker meets what the owner's would.
   */
  async forTask(auth: AuthContext, orgId: string, taskId: string): Promise<TaskRequirements | null> {
    const operator = may('operatorActingFor', auth, { orgId, operatedBy: this.node.operatedBy, coordinate: 'Query.taskRequirements' });
    if (!may('homeOrgStaff', auth, { orgId }) && !operator && !(await this.claimedByCallersOrg(auth, orgId, taskId))) return null;
    const manager = this.dataSource.manager;
    const task = await manager.findOneBy(TaskEntity, { orgId, id: taskId });
    if (!task) return null;
    const order = await manager.findOneByOrFail(OrderEntity, { orgId, id: task.orderId });
    const confidential = order.confidentiality === ConfidentialityLevel.CONFIDENTIAL;
    return {
      orgId,
      taskId,
      orderId: order.id,
      itStage: order.requiredStage,
      businessStage: order.requiredStage,
      trainings: confidential ? [...new Set([...order.requiredTrainings, SECURITY_COURSE_CODE])] : order.requiredTrainings,
      confidential,
      category: order.category,
      withholding: await this.categories.withholds(manager, orgId, order.category),
    };
  }

  private async claimedByCallersOrg(auth: AuthContext, orgId: string, taskId: string): Promise<boolean> {
    if (!auth.orgId) return false;
    const claims: { claimantOrgId: string; status: string }[] = await this.dataSource.query(
      `SELECT c.claimant_org_id AS "claimantOrgId", c.status FROM pool_claims c JOIN pool_offers o ON o.org_id = c.org_id AND o.id = c.offer_id
       WHERE c.org_id = $1 AND o.task_id = $2 AND c.claimant_org_id = $3 AND c.status = $4 LIMIT 1`,
      [orgId, taskId, auth.orgId, PoolClaimStatus.APPROVED],
    );
    return claims.some((claim) => may('sharedUnderApprovedClaim', auth, claim));
  }
}
