import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { AuthContext } from '@kyodo/auth';
import { uuidsOnly } from '@kyodo/database';
import { OrderLifecycleService } from '../orders/order-lifecycle.service';
import { OrderStatus } from '../orders/order-status.enum';
import { OrdersError } from '../orders/orders.errors';
import { DeliveryEntity } from './delivery.entity';
import { DeliveryStatus } from './delivery-status.enum';
import { DeliverOrderInput } from './dto/deliver-order.input';
import { lockDeliveryOf } from './delivery-steps';

/** 納入 and 検収 as their own operations; the work itself happens in the order's lifecycle step. */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DeliveryEntity) private readonly deliveries: Repository<DeliveryEntity>,
    private readonly lifecycle: OrderLifecycleService,
  ) {}

  /** Deliveries of many orders in one statement (for the Order.delivery loader). */
  byOrders(orgId: string, orderIds: readonly string[]): Promise<DeliveryEntity[]> {
    const valid = uuidsOnly(orderIds);
    return valid.length === 0 ? Promise.resolve([]) : this.deliveries.findBy({ orgId, orderId: In(valid) });
  }

  /** Delivers an IN_PROGRESS order whose tasks all passed review, moving it to DELIVERED. */
  deliver(auth: AuthContext, orgId: string, input: DeliverOrderInput): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.lifecycle.transitionWithin(manager, auth, orgId, input.orderId, OrderStatus.DELIVERED, input.note ?? null);
      return manager.findOneByOrFail(DeliveryEntity, { orderId: input.orderId });
    });
  }

  /**
   * 検収: the client accepted the delivery, and its order moves to ACCEPTED. The order row is
   * locked before the delivery (the order of every lifecycle step), so of two parallel accepts
   * the second sees the first one's commit and is refused with DELIVERY_ALREADY_ACCEPTED.
   */
  accept(auth: AuthContext, orgId: string, id: string, note: string | null): Promise<DeliveryEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(DeliveryEntity, { orgId, id });
      if (!found) throw new OrdersError('DELIVERY_NOT_FOUND', `No delivery ${id} in org ${orgId}.`, { id });
      await this.lifecycle.lockOrder(manager, orgId, found.orderId);
      const delivery = await lockDeliveryOf(manager, found.orderId);
      if (delivery?.status === DeliveryStatus.ACCEPTED)
        throw new OrdersError('DELIVERY_ALREADY_ACCEPTED', 'The delivery was accepted already.', { id });
      await this.lifecycle.transitionWithin(manager, auth, orgId, found.orderId, OrderStatus.ACCEPTED, note);
      return manager.findOneByOrFail(DeliveryEntity, { id });
    });
  }
}
