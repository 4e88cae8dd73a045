import { Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { requestLoader } from '@kyodo/subgraph';
import { OrderEntity } from '../orders/order.entity';
import { TaskEntity } from './task.entity';
import { TasksService } from './tasks.service';

/**
 * The task fields of Order. Both go through per-request loaders, so a page of orders costs one
 * statement per field whatever the number of orders or tasks.
 */
@Resolver(() => OrderEntity)
export class OrderTasksResolver {
  constructor(private readonly tasksService: TasksService) {}

  @ResolveField(() => [TaskEntity], { description: 'Its tasks (作業), oldest first.' })
  tasks(@Parent() order: OrderEntity, @Context() context: object): Promise<TaskEntity[]> {
    return requestLoader<string, TaskEntity[]>(context, 'tasksByOrder', async (orderIds) => {
      const byOrder = new Map<string, TaskEntity[]>(orderIds.map((id) => [id, []]));
      for (const task of await this.tasksService.listByOrders(order.orgId, orderIds)) byOrder.get(task.orderId)?.push(task);
      return orderIds.map((id) => byOrder.get(id) ?? []);
    }).load(order.id);
  }

  @ResolveField(() => Float, { description: 'Share (0 to 1) of the estimated hours whose tasks passed internal review (内部検収).' })
  async progress(@Parent() order: OrderEntity, @Context() context: object): Promise<number> {
    const passed = await requestLoader<string, number>(context, 'passedHoursByOrder', async (orderIds) => {
      const hours = await this.tasksService.passedHoursByOrders(order.orgId, orderIds);
      return orderIds.map((id) => hours.get(id) ?? 0);
    }).load(order.id);
    return Math.min(1, passed / order.estimatedHours);
  }
}
