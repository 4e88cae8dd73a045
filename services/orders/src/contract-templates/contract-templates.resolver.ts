import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { ContractTemplateEntity } from './contract-template.entity';
import { ContractTemplatesService } from './contract-templates.service';
import { ContractTemplatesArgs } from './dto/contract-templates.args';
import { SaveContractTemplateInput } from './dto/save-contract-template.input';

/** Contracts are the org admin's to word (DESIGN.md §1); directors read the texts they make contracts on. */
@Resolver(() => ContractTemplateEntity)
export class ContractTemplatesResolver {
  constructor(
    private readonly templates: ContractTemplatesService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [ContractTemplateEntity], {
    description:
      'Every saved version of the member’s client contract and NDA texts, service contract first, then NDA, newest version first.',
  })
  contractTemplates(@Args() { orgId, kind }: ContractTemplatesArgs): Promise<ContractTemplateEntity[]> {
    return this.templates.list(this.node.resolve(orgId), kind);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => ContractTemplateEntity, {
    description:
      'Saves a client contract or NDA text as the next version of its kind (earlier versions stay as they were; contracts keep the version they were made on); audited.',
  })
  saveContractTemplate(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: SaveContractTemplateInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<ContractTemplateEntity> {
    return this.templates.save(this.node.resolve(orgId), input, auth);
  }
}
