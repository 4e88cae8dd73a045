import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Role, Roles } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { RegisterWorkerInput } from './dto/register-worker.input';
import { WorkerArgs } from './dto/worker.args';
import { WorkersArgs } from './dto/workers.args';
import { WorkerEntity } from './worker.entity';
import { WorkerPage } from './worker-page.model';
import { WorkersService } from './workers.service';

@Resolver(() => WorkerEntity)
export class WorkersResolver {
  constructor(
    private readonly workersService: WorkersService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => WorkerPage, { nullable: true, description: "The org's registered workers, newest first. Null only when the org's node is unavailable." })
  workers(@Args() args: WorkersArgs): Promise<WorkerPage> {
    return this.workersService.list(this.node.resolve(args.orgId), { status: args.status }, args.first, args.after);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => WorkerEntity, { nullable: true })
  worker(@Args() { orgId, id }: WorkerArgs): Promise<WorkerEntity | null> {
    return this.workersService.get(this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => WorkerEntity)
  registerWorker(@Args() { orgId }: OrgArgs, @Args('input') input: RegisterWorkerInput): Promise<WorkerEntity> {
    return this.workersService.register(this.node.resolve(orgId), input);
  }

  /** Entity fetches arrive as one `_entities` call; the loader turns them into one query. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<WorkerEntity | null> | null {
    if (!this.node.owns(reference)) return null;
    return requestLoader<string, WorkerEntity | null>(context, 'workerById', async (ids) =>
      alignByKey(ids, await this.workersService.getMany(this.node.orgId, ids), (w) => w.id),
    ).load(reference.id);
  }
}
