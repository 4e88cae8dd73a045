import type { EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import type { OrderEntity } from '../orders/order.entity';
import { OrdersError } from '../orders/orders.errors';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryStatus } from './delivery-status.enum';

/*
 * The two lifecycle steps that carry a delivery. They run inside the order's transition, with
 * the order row locked by the caller (OrderLifecycleService), so the order status and its
 * delivery always change together: an order is DELIVERED exactly when it has a delivery, and
 * ACCEPTED or later exactly when that delivery is accepted. Both the delivery mutations and
 * transitionOrder go through here.
 */

/**
 * 納入: records what is handed over. 内部検収 comes first: every task must have passed. The
 * order row is locked, and createTask locks it too, so no task can slip in between this check
 * and the commit; a passed task is final, so none can be sent back either.
 */
export async function recordDelivery(
  manager: EntityManager,
  auth: AuthContext,
  order: OrderEntity,
  note: string | null,
): Promise<DeliveryEntity> {
  const rows = (await manager.query(`SELECT count(*)::int AS n FROM tasks WHERE order_id = $1 AND status <> 'PASSED'`, [order.id])) as {
    n: number;
  }[];
  if (rows[0].n > 0) {
    throw new OrdersError('TASKS_NOT_REVIEWED', `${rows[0].n} task(s) of the order have not passed internal review.`, {
      id: order.id,
      unreviewedTasks: rows[0].n,
    });
  }
  const delivery = await manager.save(
    manager.create(DeliveryEntity, {
      orgId: order.orgId,
      orderId: order.id,
      status: DeliveryStatus.DELIVERED,
      amountYen: order.valueYen,
      note,
      deliveredBy: auth.userId,
    }),
  );
  const tasks = (await manager.query(`UPDATE tasks SET delivery_id = $1 WHERE order_id = $2 RETURNING id`, [delivery.id, order.id])) as [
    { id: string }[],
    number,
  ];
  await appendAudit(manager, {
    actorId: auth.userId,
    actorOrgId: auth.orgId,
    action: 'delivery.create',
    entityType: 'delivery',
    entityId: delivery.id,
    detail: { orderId: order.id, amountYen: delivery.amountYen.toString(), taskIds: tasks[0].map((t) => t.id), ...(note ? { note } : {}) },
  });
  return delivery;
}

/** The delivery of an order, locked for the rest of the transaction. */
export function lockDeliveryOf(manager: EntityManager, orderId: string): Promise<DeliveryEntity | null> {
  return manager
    .getRepository(DeliveryEntity)
    .createQueryBuilder('d')
    .setLock('pessimistic_write')
    .where('d.order_id = :orderId', { orderId })
    .getOne();
}

/**
 * 検収: the client accepted the order's delivery; from now on it can be invoiced. The caller
 * checked that the order is DELIVERED, so its delivery is not yet accepted.
 */
export async function acceptDelivery(
  manager: EntityManager,
  auth: AuthContext,
  order: OrderEntity,
  note: string | null,
): Promise<DeliveryEntity> {
  const delivery = await lockDeliveryOf(manager, order.id);
  if (!delivery) throw new OrdersError('DELIVERY_NOT_FOUND', `Order ${order.id} has no delivery to accept.`, { orderId: order.id });
  await manager.update(
    DeliveryEntity,
    { id: delivery.id },
    { status: DeliveryStatus.ACCEPTED, acceptedAt: () => 'now()', acceptedBy: auth.userId, acceptanceNote: note },
  );
  await appendAudit(manager, {
    actorId: auth.userId,
    actorOrgId: auth.orgId,
    action: 'delivery.accept',
    entityType: 'delivery',
    entityId: delivery.id,
    detail: { orderId: order.id, amountYen: delivery.amountYen.toString(), ...(note ? { note } : {}) },
  });
  return manager.findOneByOrFail(DeliveryEntity, { id: delivery.id });
}
