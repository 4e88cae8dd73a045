import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { acceptDelivery, recordDelivery } from '../deliveries/delivery-steps';
import { OrderEntity } from './order.entity';
import { OrderTransition } from './order-transition.model';
import { OrderStatus } from './order-status.enum';
import { canTransition } from './order-transitions';
import { OrdersError } from './orders.errors';

@Injectable()
export class OrderLifecycleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Moves an order to `to` and records it, in one transaction. The row is locked first
   * (FOR UPDATE), so concurrent transitions of one order queue up and each decides on the
   * status the previous one committed: a lost update is impossible, the later ones are refused.
   */
  transition(auth: AuthContext, orgId: string, id: string, to: OrderStatus): Promise<OrderEntity> {
    return this.dataSource.transaction((manager) => this.transitionWithin(manager, auth, orgId, id, to));
  }

  /** The audited steps of many orders in one statement, oldest first (for the Order.history loader). */
  async historyOf(orderIds: readonly string[]): Promise<Map<string, OrderTransition[]>> {
    const rows = (await this.dataSource.query(
      `SELECT entity_id, detail->>'from' AS "from", detail->>'to' AS "to", at, actor_id AS "actorId", actor_org_id AS "actorOrgId"
       FROM audit_log WHERE entity_type = 'order' AND action = 'order.transition' AND entity_id = ANY($1::text[]) ORDER BY id`,
      [orderIds],
    )) as (OrderTransition & { entity_id: string })[];
    const byOrder = new Map<string, OrderTransition[]>();
    for (const { entity_id: orderId, ...step } of rows) byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), step]);
    return byOrder;
  }

  /**
   * The same step inside a caller's transaction (issuing an invoice moves its orders to INVOICED).
   * DELIVERED records the delivery (納入) and ACCEPTED accepts it (検収), `note` going with them,
   * so the status and the delivery never disagree whichever mutation made the step.
   */
  async transitionWithin(manager: EntityManager, auth: AuthContext, orgId: string, id: string, to: OrderStatus, note: string | null = null): Promise<OrderEntity> {
    const order = await this.lockOrder(manager, orgId, id);
    const from = order.status;
    if (!canTransition(from, to)) {
      throw new OrdersError('ILLEGAL_TRANSITION', `An order cannot go from ${from} to ${to}.`, { id, from, to });
    }
    if (to === OrderStatus.DELIVERED) await recordDelivery(manager, auth, order, note);
    if (to === OrderStatus.ACCEPTED) await acceptDelivery(manager, auth, order, note);
    await manager.update(OrderEntity, { id }, { status: to });
    await appendAudit(manager, {
      actorId: auth.userId,
      actorOrgId: auth.orgId,
      action: 'order.transition',
      entityType: 'order',
      entityId: id,
      detail: { from, to },
    });
    order.status = to;
    return order;
  }

  /**
   * Locks the order row for the rest of the transaction. Every change of an order's status, its
   * tasks or its delivery takes this lock first, so they queue in one order (no deadlock).
   */
  async lockOrder(manager: EntityManager, orgId: string, id: string): Promise<OrderEntity> {
    const order = await manager
      .getRepository(OrderEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.org_id = :orgId AND o.id = :id', { orgId, id })
      .getOne();
    if (!order) throw new OrdersError('ORDER_NOT_FOUND', `No order ${id} in org ${orgId}.`);
    return order;
  }
}
