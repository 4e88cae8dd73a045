import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Role, Roles } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ClientEntity } from '../clients/client.entity';
import { ClientsService } from '../clients/clients.service';
import { WorkerReference } from '../workers/worker-reference.model';
import { CreateOrderInput } from './dto/create-order.input';
import { OrdersArgs } from './dto/orders.args';
import { OrderEntity } from './order.entity';
import { OrderPage } from './order-page.model';
import { OrdersService } from './orders.service';

@Resolver(() => OrderEntity)
export class OrdersResolver {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly clientsService: ClientsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => OrderPage, { nullable: true, description: "The org's orders, newest first. Null only when the org's node is unavailable." })
  orders(@Args() args: OrdersArgs): Promise<OrderPage> {
    return this.ordersService.list(this.node.resolve(args.orgId), { status: args.status, clientId: args.clientId }, args.first, args.after);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => OrderEntity, { nullable: true })
  order(@Args() { orgId }: OrgArgs, @Args('id', { type: () => ID }) id: string): Promise<OrderEntity | null> {
    return this.ordersService.get(this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => OrderEntity)
  createOrder(@Args() { orgId }: OrgArgs, @Args('input') input: CreateOrderInput): Promise<OrderEntity> {
    return this.ordersService.create(this.node.resolve(orgId), input);
  }

  @ResolveField(() => ClientEntity)
  client(@Parent() order: OrderEntity, @Context() context: object): Promise<ClientEntity | null> {
    return requestLoader<string, ClientEntity | null>(context, 'clientById', async (ids) =>
      alignByKey(ids, await this.clientsService.getMany(order.orgId, ids), (c) => c.id),
    ).load(order.clientId);
  }

  @ResolveField(() => WorkerReference, { nullable: true, description: 'The worker leading the order; may belong to a partner org.' })
  leadWorker(@Parent() order: OrderEntity): WorkerReference | null {
    return order.leadWorkerId && order.leadWorkerOrgId ? { orgId: order.leadWorkerOrgId, id: order.leadWorkerId } : null;
  }

  /** Entity fetches arrive as one `_entities` call; the loader turns them into one query. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<OrderEntity | null> | null {
    if (!this.node.owns(reference)) return null;
    return requestLoader<string, OrderEntity | null>(context, 'orderById', async (ids) =>
      alignByKey(ids, await this.ordersService.getMany(this.node.orgId, ids), (o) => o.id),
    ).load(reference.id);
  }
}
