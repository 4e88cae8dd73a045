import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { mayResolveReference, Role, Roles } from '@kyodo/auth';
import { alignByKey, OrgArgs, OrgNode, requestLoader } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { CourseEntity } from './course.entity';
import { CoursesService } from './courses.service';
import { CourseArgs } from './dto/course.args';
import { CreateCourseInput } from './dto/create-course.input';

@Resolver(() => CourseEntity)
export class CoursesResolver {
  constructor(
    private readonly coursesService: CoursesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [CourseEntity], { nullable: true, description: "The org's course catalogue, by code. Null only when the org's node is unavailable." })
  courses(@Args() { orgId }: OrgArgs): Promise<CourseEntity[]> {
    return this.coursesService.list(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => CourseEntity, { nullable: true })
  course(@Args() { orgId, id }: CourseArgs): Promise<CourseEntity | null> {
    return this.coursesService.get(this.node.resolve(orgId), id);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => CourseEntity)
  createCourse(@Args() { orgId }: OrgArgs, @Args('input') input: CreateCourseInput): Promise<CourseEntity> {
    return this.coursesService.create(this.node.resolve(orgId), input);
  }

  /** Entity fetches arrive as one `_entities` call; the loader turns them into one query. */
  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<CourseEntity | null> | null {
    if (!this.node.owns(reference) || !mayResolveReference(context, this.node.orgId, [Role.OrgAdmin, Role.Director, Role.Worker])) return null;
    return requestLoader<string, CourseEntity | null>(context, 'courseById', async (ids) =>
      alignByKey(ids, await this.coursesService.getMany(this.node.orgId, ids), (c) => c.id),
    ).load(reference.id);
  }
}
