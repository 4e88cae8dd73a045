import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, Role, Roles } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { RegisterRequirableCourseInput } from './dto/register-requirable-course.input';
import { RequirableCourseEntity } from './requirable-course.entity';
import { RequirableCoursesService } from './requirable-courses.service';

@Resolver(() => RequirableCourseEntity)
export class RequirableCoursesResolver {
  constructor(
    private readonly courses: RequirableCoursesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [RequirableCourseEntity], {
    nullable: true,
    description:
      "Course codes the org's orders may require: the consortium's standard catalogue and the org's registrations. Null only when the org's node is unavailable.",
  })
  requirableCourses(@Args() { orgId }: OrgArgs): Promise<RequirableCourseEntity[]> {
    return this.courses.list(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => RequirableCourseEntity, {
    description:
      "Lets the org's orders require a course of its own catalogue or one the consortium shares; COURSE_CODE_EXISTS when known already.",
  })
  registerRequirableCourse(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: RegisterRequirableCourseInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<RequirableCourseEntity> {
    return this.courses.register(auth, this.node.resolve(orgId), input);
  }
}
