import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { alignByKey, requestLoader } from '@kyodo/subgraph';
import { OrderEntity } from '../orders/order.entity';
import { DeliveriesService } from './deliveries.service';
import { DeliveryEntity } from './delivery.entity';

/** Order.delivery, batched: a page of orders costs one statement for their deliveries. */
@Resolver(() => OrderEntity)
export class OrderDeliveryResolver {
  constructor(private readonly deliveries: DeliveriesService) {}

  @ResolveField(() => DeliveryEntity, { nullable: true, description: 'Its delivery (納入), once delivered.' })
  delivery(@Parent() order: OrderEntity, @Context() context: object): Promise<DeliveryEntity | null> {
    return requestLoader<string, DeliveryEntity | null>(context, 'deliveryByOrder', async (orderIds) =>
      alignByKey(orderIds, await this.deliveries.byOrders(order.orgId, orderIds), (d) => d.orderId),
    ).load(order.id);
  }
}
