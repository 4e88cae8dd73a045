import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, uuidsOnly } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import { DomainError } from '@kyodo/subgraph';
import { ContractsService } from '../contracts/contracts.service';
import { OrderEntity } from '../orders/order.entity';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrderStatus } from '../orders/order-status.enum';
import { OrdersError } from '../orders/orders.errors';
import { assessFeasibility, assessWithConsortium } from './assess-feasibility';
import { CAPACITY_SOURCE, CapacitySource, StageFreeCapacity } from './capacity-source';
import { FeasibilityCheckEntity } from './feasibility-check.entity';
import { FeasibilityVerdict } from './feasibility-verdict.enum';
import { workPeriodOf } from './order-period';

/** Before workers are booked a check still informs a decision; afterwards it would only count the order's own bookings. */
const CHECKABLE: readonly OrderStatus[] = [OrderStatus.INQUIRY, OrderStatus.FEASIBILITY_CHECKED, OrderStatus.CONTRACTED];

function assertCheckable(order: OrderEntity): void {
  if (!CHECKABLE.includes(order.status)) {
    throw new OrdersError('FEASIBILITY_NOT_APPLICABLE', `An order in status ${order.status} is past its feasibility check.`, {
      id: order.id,
      status: order.status,
    });
  }
}

/** 受託確認: can the org take this order with its own workers? */
@Injectable()
export class FeasibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(FeasibilityCheckEntity) private readonly checks: Repository<FeasibilityCheckEntity>,
    private readonly lifecycle: OrderLifecycleService,
    private readonly contracts: ContractsService,
    @Inject(CAPACITY_SOURCE) private readonly capacity: CapacitySource,
  ) {}

  /** The latest check of each of these orders, in one statement (for the Order.feasibility loader). */
  latestOf(orgId: string, orderIds: readonly string[]): Promise<FeasibilityCheckEntity[]> {
    const valid = uuidsOnly(orderIds);
    if (valid.length === 0) return Promise.resolve([]);
    return this.checks
      .createQueryBuilder('c')
      .distinctOn(['c.order_id'])
      .where({ orgId, orderId: In(valid) })
      .orderBy('c.order_id')
      .addOrderBy('c.checked_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
  }

  /**
   * Checks the order's required hours at its required stage against the org's free capacity
   * over its work period, and records the result. A FEASIBLE answer for an INQUIRY also takes
   * the lifecycle step to FEASIBILITY_CHECKED; a SHORT one leaves the status alone, so the
   * director decides (transitionOrder still takes the step by hand, e.g. when extra workers
   * are being recruited). Re-checks later on are recorded without moving the order.
   */
  async check(auth: AuthContext, orgId: string, orderId: string): Promise<FeasibilityCheckEntity> {
    const order = await this.dataSource.manager.findOneBy(OrderEntity, { orgId, id: orderId });
    if (!order) throw new OrdersError('ORDER_NOT_FOUND', `No order ${orderId} in org ${orgId}.`);
    assertCheckable(order);
    const contract = order.contractId ? await this.contracts.get(orgId, order.contractId) : null;
    const period = workPeriodOf(order, contract, tokyoToday());
    // Asked before the transaction opens: no row stays locked while another node answers.
    const capacity = await this.capacity.freeCapacity({ token: auth.token }, orgId, period.from, period.to);
    const ownVerdict = assessFeasibility({ [order.requiredStage]: order.estimatedHours * 60 }, capacity).verdict;
    const partners = ownVerdict === FeasibilityVerdict.FEASIBLE ? [] : await this.partnersCapacity(auth, orgId, period.from, period.to);

    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lifecycle.lockOrder(manager, orgId, orderId);
      assertCheckable(locked);
      const requiredMinutes = locked.estimatedHours * 60;
      const { verdict, stages } = assessWithConsortium({ [locked.requiredStage]: requiredMinutes }, capacity, partners);
      const shortMinutes = stages.reduce((sum, s) => sum + s.shortMinutes, 0);
      const check = await manager.save(
        manager.create(FeasibilityCheckEntity, {
          orgId,
          orderId,
          verdict,
          periodFrom: period.from,
          periodTo: period.to,
          requiredStage: locked.requiredStage,
          requiredMinutes,
          shortMinutes,
          stages,
          checkedBy: auth.userId,
        }),
      );
      await appendAudit(manager, {
        actorId: auth.userId,
        actorOrgId: auth.orgId,
        action: 'order.feasibility-check',
        entityType: 'order',
        entityId: orderId,
        detail: {
          checkId: check.id,
          verdict,
          periodFrom: period.from,
          periodTo: period.to,
          requiredStage: locked.requiredStage,
          requiredMinutes,
          shortMinutes,
        },
      });
      if (verdict !== FeasibilityVerdict.SHORT && locked.status === OrderStatus.INQUIRY) {
        await this.lifecycle.transitionWithin(manager, auth, orgId, orderId, OrderStatus.FEASIBILITY_CHECKED);
      }
      return check;
    });
  }

  /**
   * Other members' free capacity for consortium work. A check that is short on the org's own is
   * still an answer when the consortium cannot be asked (the gateway or a node is down): it then
   * stays SHORT rather than failing, and the director can check again.
   */
  private async partnersCapacity(auth: AuthContext, orgId: string, from: string, to: string): Promise<StageFreeCapacity[]> {
    try {
      const members = await this.capacity.consortiumFreeCapacity({ token: auth.token }, from, to);
      return members.filter((m) => m.orgId !== orgId).flatMap((m) => m.byStage);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'UPSTREAM_FAILED') return [];
      throw error;
    }
  }
}
