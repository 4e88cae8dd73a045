import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit, uuidsOnly } from '@kyodo/database';
import { tokyoToday } from '@kyodo/domain';
import { ContractsService } from '../contracts/contracts.service';
import { OrderEntity } from '../orders/order.entity';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrderStatus } from '../orders/order-status.enum';
import { OrdersError } from '../orders/orders.errors';
import { assessWithConsortium } from './assess-feasibility';
import type { StageFreeCapacity } from './assess-feasibility';
import { FeasibilityPeriod } from './feasibility-period.model';
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

/**
 * 受託確認: can the org take this order with its own workers? The figures come from the org's
 * workers node, which asks this node the period and pushes what it counted; this node asks no one.
 */
@Injectable()
export class FeasibilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(FeasibilityCheckEntity) private readonly checks: Repository<FeasibilityCheckEntity>,
    private readonly lifecycle: OrderLifecycleService,
    private readonly contracts: ContractsService,
  ) {}

  getMany(orgId: string, ids: readonly string[]): Promise<FeasibilityCheckEntity[]> {
    const valid = uuidsOnly(ids);
    return valid.length === 0 ? Promise.resolve([]) : this.checks.findBy({ orgId, id: In(valid) });
  }

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
   * The days the order's work can still be done in and the work itself: what the org's workers
   * node counts free capacity over before it pushes a check (recordFeasibilityCheck). Refused
   * like the check itself for an order past it or out of days.
   */
  async period(orgId: string, orderId: string): Promise<FeasibilityPeriod> {
    const order = await this.dataSource.manager.findOneBy(OrderEntity, { orgId, id: orderId });
    if (!order) throw new OrdersError('ORDER_NOT_FOUND', `No order ${orderId} in org ${orgId}.`);
    assertCheckable(order);
    const contract = order.contractId ? await this.contracts.get(orgId, order.contractId) : null;
    const { from, to } = workPeriodOf(order, contract, tokyoToday());
    return { orderId, from, to, requiredStage: order.requiredStage, requiredMinutes: order.estimatedHours * 60 };
  }

  /**
   * Records a check the org's workers node made: it counted its own free capacity (and, when
   * that fell short, other members' consortium capacity) over the order's period and pushes the
   * figures here as its service account, for `actor`. The verdict is decided here, under the
   * order's lock. A FEASIBLE answer for an INQUIRY also takes the lifecycle step to
   * FEASIBILITY_CHECKED; a SHORT one leaves the status alone, so the director decides
   * (transitionOrder still takes the step by hand, e.g. when extra workers are being recruited).
   * Re-checks later on are recorded without moving the order.
   */
  async record(
    actor: AuthContext,
    orgId: string,
    orderId: string,
    counted: { periodFrom: string; periodTo: string; own: readonly StageFreeCapacity[]; partners: readonly StageFreeCapacity[] },
  ): Promise<FeasibilityCheckEntity> {
    const period = await this.period(orgId, orderId);
    if (period.from !== counted.periodFrom || period.to !== counted.periodTo) {
      throw new OrdersError('FEASIBILITY_PERIOD_CHANGED', "The order's work period changed since the capacity was counted; check again.", {
        id: orderId,
        from: period.from,
        to: period.to,
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lifecycle.lockOrder(manager, orgId, orderId);
      assertCheckable(locked);
      const requiredMinutes = locked.estimatedHours * 60;
      const { verdict, stages } = assessWithConsortium({ [locked.requiredStage]: requiredMinutes }, counted.own, counted.partners);
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
          checkedBy: actor.userId,
        }),
      );
      await appendAudit(manager, {
        actorId: actor.userId,
        actorOrgId: actor.orgId,
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
        await this.lifecycle.transitionWithin(manager, actor, orgId, orderId, OrderStatus.FEASIBILITY_CHECKED);
      }
      return check;
    });
  }
}
