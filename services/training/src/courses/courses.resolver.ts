import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CrossOrg, CurrentAuth, Role, Roles, ServiceClients, WORKERS_CLIENT, type AuthContext } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { CourseEntity } from './course.entity';
import { CoursesService } from './courses.service';
import { CourseArgs } from './dto/course.args';
import { CreateCourseInput } from './dto/create-course.input';
import { may } from '../access/access';

@Resolver(() => CourseEntity)
export class CoursesResolver {
  constructor(
    private readonly coursesService: CoursesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [CourseEntity], {
    nullable: true,
    description: "The org's course catalogue, by code. Null only when the org's node is unavailable.",
  })
  courses(@Args() { orgId }: OrgArgs): Promise<CourseEntity[]> {
    return this.coursesService.list(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => CourseEntity, { nullable: true })
  course(@Args() { orgId, id }: CourseArgs): Promise<CourseEntity | null> {
    return this.coursesService.get(this.node.resolve(orgId), id);
  }

  /**
   * Any member may see what an org shares, to enroll its own workers: never the org's local
   * courses. kyodo-workers too: an enrolment a workers node pushes (recordEnrollment) reaches the
   * owner's catalogue with the token it came with.
   */
  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @ServiceClients(WORKERS_CLIENT)
  @CrossOrg()
  @Query(() => [CourseEntity], {
    description: 'The courses an org shares with the whole consortium (研修の共有化), by code; any member may list them.',
  })
  sharedCourses(@Args() { orgId }: OrgArgs): Promise<CourseEntity[]> {
    return this.coursesService.listShared(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => CourseEntity)
  createCourse(@Args() { orgId }: OrgArgs, @Args('input') input: CreateCourseInput): Promise<CourseEntity> {
    return this.coursesService.create(this.node.resolve(orgId), input);
  }

  // The support body seeds a new member's starter data while onboarding it (gateway onboardMember).
  @Roles(Role.OrgAdmin, Role.ConsortiumAdmin)
  @Mutation(() => [CourseEntity], {
    description:
      "Adds the consortium's catalogue template to the org's catalogue; idempotent (existing codes are kept). Returns the catalogue.",
  })
  seedCourseCatalogue(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<CourseEntity[]> {
    return this.coursesService.seedCatalogue(this.node.resolve(orgId), auth);
  }

  /** Entity fetches arrive as one `_entities` call; the loader turns them into one query. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<CourseEntity | null> | null {
    if (
      !this.node.owns(reference) ||
      !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: [Role.OrgAdmin, Role.Director, Role.Worker] })
    )
      return null;
    return requestLoader<string, CourseEntity | null>(context, 'courseById', async (ids) =>
      alignByKey(ids, await this.coursesService.getMany(this.node.orgId, ids), (c) => c.id),
    ).load(reference.id);
  }
}
