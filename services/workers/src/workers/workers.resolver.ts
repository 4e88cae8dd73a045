import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { AuthError, CrossOrg, CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { DayAvailability } from './day-availability.model';
import { homeOrgOnly } from './personal-data.middleware';
import { RegisterWorkerInput } from './dto/register-worker.input';
import { SetSensitiveNotesArgs } from './dto/set-sensitive-notes.args';
import { SetWorkerStatusArgs } from './dto/set-worker-status.args';
import { UpdateWorkerArgs } from './dto/update-worker.args';
import { WorkerArgs } from './dto/worker.args';
import { WorkersArgs } from './dto/workers.args';
import { workerVisibility } from './worker-access';
import { WorkerEntity } from './worker.entity';
import { WorkerPage } from './worker-page.model';
import { SensitiveNotesService } from './sensitive-notes.service';
import { toDayAvailability } from './weekly-availability';
import { WorkersService } from './workers.service';

@Resolver(() => WorkerEntity)
export class WorkersResolver {
  constructor(
    private readonly workersService: WorkersService,
    private readonly sensitiveNotes: SensitiveNotesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => WorkerPage, {
    nullable: true,
    description: "The org's registered workers, newest first. Null only when the org's node is unavailable.",
  })
  workers(@Args() args: WorkersArgs): Promise<WorkerPage> {
    return this.workersService.list(this.node.resolve(args.orgId), { status: args.status }, args.first, args.after);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => WorkerEntity, { nullable: true })
  worker(@Args() { orgId, id }: WorkerArgs): Promise<WorkerEntity | null> {
    return this.workersService.get(this.node.resolve(orgId), id);
  }

  /**
   * What an org's workers node asks another member's before an order names that member's worker
   * as its lead (setOrderLeadWorker), so a reference that may not be made is refused when it is
   * written, by the rule of the node that holds the worker: null unless the caller may see the
   * worker (worker-access.ts).
   */
  @Roles(Role.OrgAdmin, Role.Director)
  @CrossOrg()
  @Query(() => WorkerEntity, {
    nullable: true,
    description:
      "The worker, when the caller may name it in a reference (an order's lead worker): a worker of the caller's own org, or another member's worker who consented to consortium work (stage and skills only). Null otherwise.",
  })
  async referableWorker(@Args() { orgId, id }: WorkerArgs, @CurrentAuth() auth: AuthContext): Promise<WorkerEntity | null> {
    const worker = await this.workersService.get(this.node.resolve(orgId), id);
    return worker && workerVisibility(auth, worker) !== 'NONE' ? worker : null;
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => WorkerEntity)
  registerWorker(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: RegisterWorkerInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<WorkerEntity> {
    return this.workersService.register(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => WorkerEntity, {
    description: "Corrects a worker's record (not stages, not the login); only the fields given change. Audited with the fields' names.",
  })
  updateWorker(@Args() { orgId, id, input }: UpdateWorkerArgs, @CurrentAuth() auth: AuthContext): Promise<WorkerEntity> {
    return this.workersService.update(this.node.resolve(orgId), id, input, auth);
  }

  @Roles(Role.Worker)
  @Query(() => WorkerEntity, {
    nullable: true,
    description: "The caller's own worker record at this org; null when their account is linked to none.",
  })
  me(@CurrentAuth() auth: AuthContext): Promise<WorkerEntity | null> {
    return this.workersService.findByUser(this.node.orgId, auth.userId);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => WorkerEntity)
  setWorkerStatus(@Args() { orgId, id, status }: SetWorkerStatusArgs, @CurrentAuth() auth: AuthContext): Promise<WorkerEntity> {
    return this.workersService.setStatus(this.node.resolve(orgId), id, status, auth);
  }

  /** 要配慮個人情報: org-admins only, not directors; a query of its own so no list ever decrypts it. */
  @Roles(Role.OrgAdmin)
  @Query(() => String, { nullable: true, description: 'Care or disability needs (要配慮個人情報) of a worker; org-admin only.' })
  workerSensitiveNotes(@Args() { orgId, id }: WorkerArgs, @CurrentAuth() auth: AuthContext): Promise<string | null> {
    return this.sensitiveNotes.get(this.node.resolve(orgId), id, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => Boolean, { description: 'Sets (or with null clears) the sensitive notes; org-admin only.' })
  async setWorkerSensitiveNotes(@Args() { orgId, id, notes }: SetSensitiveNotesArgs, @CurrentAuth() auth: AuthContext): Promise<boolean> {
    await this.sensitiveNotes.set(this.node.resolve(orgId), id, notes ?? null, auth);
    return true;
  }

  @ResolveField(() => [DayAvailability], {
    nullable: true,
    description: "Minutes per weekday, Sunday first. Null (FORBIDDEN) for another member's staff.",
    middleware: [homeOrgOnly],
  })
  weeklyAvailability(@Parent() worker: WorkerEntity): DayAvailability[] {
    return toDayAvailability({ minutes: worker.availabilityMinutes, windows: worker.availabilityWindows });
  }

  /**
   * Entity fetches arrive as one `_entities` call; the loader turns them into one query. Each
   * worker is then checked as the root queries check it (worker-access.ts): the home org's staff
   * and the worker see the record; another member's staff only a consenting worker's stage and
   * skills (the other fields guard themselves); anyone else is refused for that entity.
   */
  @ResolveReference()
  async resolveReference(reference: OrgScopedRef, context: object): Promise<WorkerEntity | null> {
    if (!this.node.owns(reference)) return null;
    const auth = (context as { req?: { auth?: AuthContext } }).req?.auth;
    if (!auth) throw new AuthError('UNAUTHENTICATED', 'A bearer token is required.');
    const worker = await requestLoader<string, WorkerEntity | null>(context, 'workerById', async (ids) =>
      alignByKey(ids, await this.workersService.getMany(this.node.orgId, ids), (w) => w.id),
    ).load(reference.id);
    if (worker && workerVisibility(auth, worker) === 'NONE') {
      throw new AuthError(
        'FORBIDDEN',
        `This worker of ${this.node.orgId} is not shared with the caller: another member sees only workers who consented to consortium work.`,
      );
    }
    return worker;
  }
}
