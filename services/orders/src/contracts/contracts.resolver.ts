import { Args, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DocumentIssuerModel } from '@kyodo/pdf';
import { DocumentIssuers } from '../documents/document-issuers';
import { CurrentAuth, Role, Roles, STAFF, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ContractEntity } from './contract.entity';
import { ContractsService } from './contracts.service';
import { ContractsArgs } from './dto/contracts.args';
import { ContractIdArgs } from './dto/contract-id.args';
import { CreateContractInput } from './dto/create-contract.input';
import { may } from '../access/access';
import { UpdateContractInput } from './dto/update-contract.input';

@Resolver(() => ContractEntity)
export class ContractsResolver {
  constructor(
    private readonly contractsService: ContractsService,
    private readonly node: OrgNode,
    private readonly issuers: DocumentIssuers,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => DocumentIssuerModel, {
    description:
      "The contracting party on the member's side: a town's partner operator (legal name, registration number, address) for the town's programme, else the member itself; fixed when the contract was made.",
  })
  issuer(@Parent() contract: ContractEntity): Promise<DocumentIssuerModel> {
    return this.issuers.recorded(this.dataSource.manager, contract);
  }

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

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => ContractEntity, {
    description:
      'Edits a contract’s type, period or NDA flag; CONTRACT_PERIOD_INVALID for a period running backwards, CONTRACT_NDA_REQUIRED when withdrawing the NDA of a contract live confidential orders are taken under. Audited with before and after.',
  })
  updateContract(
    @Args() { orgId, id }: ContractIdArgs,
    @Args('input') input: UpdateContractInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<ContractEntity> {
    return this.contractsService.update(this.node.resolve(orgId), id, input, auth);
  }

  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<ContractEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return this.contractsService.get(reference.orgId, reference.id);
  }
}
