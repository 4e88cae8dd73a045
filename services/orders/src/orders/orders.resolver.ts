import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles, ServiceClients, STAFF, WORKERS_CLIENT } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ClientEntity } from '../clients/client.entity';
import { ClientsService } from '../clients/clients.service';
import { ContractEntity } from '../contracts/contract.entity';
import { ContractsService } from '../contracts/contracts.service';
import { WorkerReference } from '../workers/worker-reference.model';
import { CreateOrderInput } from './dto/create-order.input';
import { OrdersArgs } from './dto/orders.args';
import { RecordOrderLeadWorkerArgs } from './dto/record-order-lead-worker.args';
import { TransitionOrderArgs } from './dto/transition-order.args';
import { OrderLeadWorkerService, leadWorkerOf } from './order-lead-worker.service';
import { OrderLifecycleService } from './order-lifecycle.service';
import { OrderEntity } from './order.entity';
import { OrderPage } from './order-page.model';
import { OrderTransition } from './order-transition.model';
import { OrdersService } from './orders.service';
import { may } from '../access/access';

@Resolver(() => OrderEntity)
export class OrdersResolver {
  constructor(
    private readonly ordersService: OrdersService,
    private readonly lifecycle: OrderLifecycleService,
    private readonly leadWorkers: OrderLeadWorkerService,
    private readonly clientsService: ClientsService,
    private readonly contractsService: ContractsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => OrderPage, { nullable: true, description: "The org's orders, newest first. Null only when the org's node is unavailable." })
  orders(@Args() args: OrdersArgs): Promise<OrderPage> {
    const { status, clientId, category, fiscalYear } = args;
    return this.ordersService.list(this.node.resolve(args.orgId), { status, clientId, category, fiscalYear }, args.first, args.after);
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

  /**
   * Only the workers nodes' service account: whether a worker may lead the order is the workers
   * node's to decide (setOrderLeadWorker there), so no user may hand a lead in. The actor is who
   * asked the workers node.
   */
  @ServiceClients(WORKERS_CLIENT)
  @Mutation(() => OrderEntity, {
    description:
      "Records an order's lead worker (or with both lead fields null clears it) as the org's workers node checked it (setOrderLeadWorker there: a worker of the org, or another member's worker who consented to consortium work); audited. For the kyodo-workers service account only.",
  })
  recordOrderLeadWorker(
    @Args() { orgId, orderId, actorId, actorOrgId, leadWorkerOrgId, leadWorkerId }: RecordOrderLeadWorkerArgs,
    @CurrentAuth() service: AuthContext,
  ): Promise<OrderEntity> {
    const lead = leadWorkerOf(leadWorkerOrgId, leadWorkerId);
    const actor: AuthContext = { ...service, userId: actorId, username: '', orgId: actorOrgId ?? null, roles: [] };
    return this.leadWorkers.record(actor, this.node.resolve(orgId), orderId, lead);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => OrderEntity, {
    description:
      'Moves an order along its lifecycle; refused with ILLEGAL_TRANSITION unless the state machine allows the step. CONTRACTED needs a contract (named here or at creation; CONTRACT_REQUIRED), with a signed NDA for confidential work; PAID comes only from recorded payments.',
  })
  transitionOrder(@Args() { orgId, id, to, contractId }: TransitionOrderArgs, @CurrentAuth() auth: AuthContext): Promise<OrderEntity> {
    return this.lifecycle.transition(auth, this.node.resolve(orgId), id, to, contractId ?? undefined);
  }

  @ResolveField(() => ClientEntity)
  client(@Parent() order: OrderEntity, @Context() context: object): Promise<ClientEntity | null> {
    return requestLoader<string, ClientEntity | null>(context, 'clientById', async (ids) =>
      alignByKey(ids, await this.clientsService.getMany(order.orgId, ids), (c) => c.id),
    ).load(order.clientId);
  }

  @ResolveField(() => ContractEntity, { nullable: true })
  contract(@Parent() order: OrderEntity, @Context() context: object): Promise<ContractEntity | null> | null {
    if (!order.contractId) return null;
    return requestLoader<string, ContractEntity | null>(context, 'contractById', async (ids) =>
      alignByKey(ids, await this.contractsService.getMany(order.orgId, ids), (c) => c.id),
    ).load(order.contractId);
  }

  @ResolveField(() => [OrderTransition], { description: 'Its lifecycle steps from the audit log: who, when, from, to; oldest first.' })
  history(@Parent() order: OrderEntity, @Context() context: object): Promise<OrderTransition[]> {
    return requestLoader<string, OrderTransition[]>(context, 'historyByOrder', async (ids) => {
      const byOrder = await this.lifecycle.historyOf(ids);
      return ids.map((id) => byOrder.get(id) ?? []);
    }).load(order.id);
  }

  @ResolveField(() => WorkerReference, {
    nullable: true,
    description: "The worker leading the order; may belong to a partner org. Set at the org's workers node (setOrderLeadWorker).",
  })
  leadWorker(@Parent() order: OrderEntity): WorkerReference | null {
    return order.leadWorkerId && order.leadWorkerOrgId ? { orgId: order.leadWorkerOrgId, id: order.leadWorkerId } : null;
  }

  /** Entity fetches arrive as one `_entities` call; the loader turns them into one query. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<OrderEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return requestLoader<string, OrderEntity | null>(context, 'orderById', async (ids) =>
      alignByKey(ids, await this.ordersService.getMany(this.node.orgId, ids), (o) => o.id),
    ).load(reference.id);
  }
}
