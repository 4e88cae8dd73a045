import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { appendAudit } from '@kyodo/database';
import { acceptDelivery, recordDelivery } from '../deliveries/delivery-steps';
import { ContractEntity } from '../contracts/contract.entity';
import { OrderEntity } from './order.entity';
import { assertNdaCovers } from './contract-rules';
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
  transition(auth: AuthContext, orgId: string, id: string, to: OrderStatus, contractId?: string): Promise<OrderEntity> {
    // PAID follows from the money: recordInvoicePayment moves an invoice's orders once its payments reach the total.
    if (to === OrderStatus.PAID) {
      throw new OrdersError(
        'PAID_BY_PAYMENTS_ONLY',
        'An order becomes PAID when the payments recorded on its invoice reach the total (recordInvoicePayment).',
        { id },
      );
    }
    if (contractId !== undefined && to !== OrderStatus.CONTRACTED) {
      throw new OrdersError('CONTRACT_ONLY_WHEN_CONTRACTING', 'A contract is named with the step to CONTRACTED only.', { id, to });
    }
    return this.dataSource.transaction((manager) => this.transitionWithin(manager, auth, orgId, id, to, null, contractId));
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
  async transitionWithin(
    manager: EntityManager,
    auth: AuthContext,
    orgId: string,
    id: string,
    to: OrderStatus,
    note: string | null = null,
    contractId?: string,
  ): Promise<OrderEntity> {
    const order = await this.lockOrder(manager, orgId, id);
    const from = order.status;
    if (!canTransition(from, to)) {
      throw new OrdersError('ILLEGAL_TRANSITION', `An order cannot go from ${from} to ${to}.`, { id, from, to });
    }
    if (to === OrderStatus.CONTRACTED) await this.bindContract(manager, order, contractId);
    if (to === OrderStatus.DELIVERED) await recordDelivery(manager, auth, order, note);
    if (to === OrderStatus.ACCEPTED) await acceptDelivery(manager, auth, order, note);
    await manager.update(OrderEntity, { id }, { status: to, contractId: order.contractId });
    await appendAudit(manager, {
      actorId: auth.userId,
      actorOrgId: auth.orgId,
      action: 'order.transition',
      entityType: 'order',
      entityId: id,
      detail: to === OrderStatus.CONTRACTED ? { from, to, contractId: order.contractId } : { from, to },
    });
    order.status = to;
    return order;
  }

  /**
   * 契約: an order is contracted under a contract with its client, named now or when it was
   * created; confidential work needs that contract to carry a signed NDA. Read under the order's
   * lock, from this node's own data: the client never vouches for it.
   */
  private async bindContract(manager: EntityManager, order: OrderEntity, contractId: string | undefined): Promise<void> {
    const id = contractId ?? order.contractId;
    if (!id) throw new OrdersError('CONTRACT_REQUIRED', 'An order is contracted under a contract: name it (contractId).', { id: order.id });
    const contract = await manager.findOneBy(ContractEntity, { orgId: order.orgId, id });
    if (!contract) throw new OrdersError('CONTRACT_NOT_FOUND', `No contract ${id} in org ${order.orgId}.`);
    if (contract.clientId !== order.clientId) {
      throw new OrdersError('CONTRACT_CLIENT_MISMATCH', 'The contract is with another client.', {
        contractId: contract.id,
        clientId: order.clientId,
      });
    }
    assertNdaCovers(order.confidentiality, contract);
    order.contractId = contract.id;
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
    // An order from a history import happened before Kyodo: no live step (nor invoicing) touches it.
    if (order.importBatchId)
      throw new OrdersError('IMPORTED_RECORD_IMMUTABLE', 'An imported order never changes; void its import batch instead.', {
        id,
        importBatchId: order.importBatchId,
      });
    return order;
  }
}
