import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import { TaskEntity } from '../tasks/task.entity';
import { TasksService } from '../tasks/tasks.service';
import { DeliveriesService } from './deliveries.service';
import { DeliveryEntity } from './delivery.entity';
import { AcceptDeliveryArgs } from './dto/accept-delivery.args';
import { DeliverOrderInput } from './dto/deliver-order.input';

@Resolver(() => DeliveryEntity)
export class DeliveriesResolver {
  constructor(
    private readonly deliveries: DeliveriesService,
    private readonly tasksService: TasksService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => DeliveryEntity, {
    description:
      '納入: delivers an IN_PROGRESS order whose tasks all passed internal review (else TASKS_NOT_REVIEWED); the order becomes DELIVERED.',
  })
  deliverOrder(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: DeliverOrderInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<DeliveryEntity> {
    return this.deliveries.deliver(auth, this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => DeliveryEntity, {
    description: '検収: records that the client accepted the delivery; its order becomes ACCEPTED and can be invoiced.',
  })
  acceptDelivery(@Args() { orgId, id, note }: AcceptDeliveryArgs, @CurrentAuth() auth: AuthContext): Promise<DeliveryEntity> {
    return this.deliveries.accept(auth, this.node.resolve(orgId), id, note ?? null);
  }

  @ResolveField(() => [TaskEntity], { description: 'The reviewed tasks it is made of.' })
  tasks(@Parent() delivery: DeliveryEntity, @Context() context: object): Promise<TaskEntity[]> {
    return requestLoader<string, TaskEntity[]>(context, 'tasksByDelivery', async (deliveryIds) => {
      const tasks = await this.tasksService.listByDeliveries(delivery.orgId, deliveryIds);
      return deliveryIds.map((id) => tasks.filter((t) => t.deliveryId === id));
    }).load(delivery.id);
  }
}
