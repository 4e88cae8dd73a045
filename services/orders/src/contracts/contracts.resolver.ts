import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Role, Roles, STAFF } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ContractEntity } from './contract.entity';
import { ContractsService } from './contracts.service';
import { ContractsArgs } from './dto/contracts.args';
import { CreateContractInput } from './dto/create-contract.input';
import { may } from '../access/access';

@Resolver(() => ContractEntity)
export class ContractsResolver {
  constructor(
    private readonly contractsService: ContractsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [ContractEntity], {
    nullable: true,
    description: "The org's contracts, latest period first, optionally of one client. Null only when the org's node is unavailable.",
  })
  contracts(@Args() { orgId, clientId }: ContractsArgs): Promise<ContractEntity[]> {
    return this.contractsService.list(this.node.resolve(orgId), clientId);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => ContractEntity)
  createContract(@Args() { orgId }: OrgArgs, @Args('input') input: CreateContractInput): Promise<ContractEntity> {
    return this.contractsService.create(this.node.resolve(orgId), input);
  }

  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<ContractEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return this.contractsService.get(reference.orgId, reference.id);
  }
}
