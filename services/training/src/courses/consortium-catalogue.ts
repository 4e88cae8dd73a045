import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ArgsType, Field, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { Repository } from 'typeorm';
import { CrossOrg, Role, Roles } from '@kyodo/auth';
import { decodeKeyCursor, encodeKeyCursor, OrgNode, Page, PageArgs, PageOf } from '@kyodo/subgraph';
import { CourseCategory } from './course-category.enum';
import { CourseVisibility } from './course-visibility.enum';
import { CourseEntity } from './course.entity';

@ObjectType('CoursePage')
export class CoursePage extends PageOf(CourseEntity) {}

@ArgsType()
export class ConsortiumCoursesArgs extends PageArgs {
  @Field(() => CourseCategory, { nullable: true })
  @IsOptional()
  @IsEnum(CourseCategory)
  category?: CourseCategory;
}

/**
 * 研修の共有化 across the whole consortium: every member's shared courses in one list. The
 * gateway sends this field to every active member's training node (FAN_OUT_FIELDS) and merges
 * the pages by (code, orgId); each node answers with its own shared courses in that order,
 * reading the gateway's cursor as "after this (code, orgId)". Codes compare byte-wise
 * (COLLATE "C") so every node and the gateway agree on the order.
 */
@Injectable()
export class ConsortiumCatalogueService {
  constructor(@InjectRepository(CourseEntity) private readonly courses: Repository<CourseEntity>) {}

  async page(orgId: string, { first, after, category }: ConsortiumCoursesArgs): Promise<Page<CourseEntity>> {
    const query = this.courses
      .createQueryBuilder('c')
      .where('c.org_id = :orgId AND c.visibility = :shared', { orgId, shared: CourseVisibility.CONSORTIUM })
      .orderBy('c.code COLLATE "C"')
      .addOrderBy('c.org_id COLLATE "C"')
      .limit(first + 1);
    if (category) query.andWhere('c.category = :category', { category });
    if (after) {
      const [code, afterOrg] = decodeKeyCursor(after, 2).map(String);
      query.andWhere('(c.code COLLATE "C", c.org_id COLLATE "C") > (:code, :afterOrg)', { code, afterOrg });
    }
    const rows = await query.getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return { nodes, pageInfo: { hasNextPage: rows.length > first, endCursor: last ? encodeKeyCursor([last.code, last.orgId]) : null } };
  }
}

@Resolver(() => CourseEntity)
export class ConsortiumCatalogueResolver {
  constructor(
    private readonly catalogue: ConsortiumCatalogueService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker, Role.ConsortiumAdmin)
  @CrossOrg()
  @Query(() => CoursePage, {
    description:
      "Every member's shared courses (研修の共有化), by code then org; consortium-wide: the gateway asks every member's node and merges the pages.",
  })
  consortiumCourses(@Args() args: ConsortiumCoursesArgs): Promise<Page<CourseEntity>> {
    return this.catalogue.page(this.node.orgId, args);
  }
}
