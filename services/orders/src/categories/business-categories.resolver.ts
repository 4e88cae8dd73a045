import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { BusinessCategoriesService } from './business-categories.service';
import { BusinessCategoryEntity } from './business-category.entity';
import { BusinessCategoriesArgs } from './dto/business-categories.args';
import { CreateBusinessCategoryInput } from './dto/create-business-category.input';
import { SetCategoryWithholdingArgs } from './dto/set-category-withholding.args';

@Resolver(() => BusinessCategoryEntity)
export class BusinessCategoriesResolver {
  constructor(
    private readonly categoriesService: BusinessCategoriesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [BusinessCategoryEntity], {
    nullable: true,
    description: "業務分類: the standard list plus the org's own. Null only when the org's node is unavailable.",
  })
  businessCategories(@Args() { orgId, usableFor }: BusinessCategoriesArgs): Promise<BusinessCategoryEntity[]> {
    return this.categoriesService.list(this.node.resolve(orgId), usableFor);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => BusinessCategoryEntity, {
    description: 'Extends the category list of the org; refused with CATEGORY_EXISTS for a taken code.',
  })
  createBusinessCategory(@Args() { orgId }: OrgArgs, @Args('input') input: CreateBusinessCategoryInput): Promise<BusinessCategoryEntity> {
    return this.categoriesService.create(this.node.resolve(orgId), input);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => BusinessCategoryEntity, {
    description:
      "An org admin decides whether pay for the category's work is subject to withholding tax (源泉徴収) at the org; assignments read it when booked. Audited.",
  })
  setCategoryWithholding(
    @Args() { orgId, code, withholding }: SetCategoryWithholdingArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<BusinessCategoryEntity> {
    return this.categoriesService.setWithholding(auth, this.node.resolve(orgId), code, withholding);
  }
}
