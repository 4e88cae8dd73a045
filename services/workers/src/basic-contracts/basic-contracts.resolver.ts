import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { DocumentIssuerModel } from '@kyodo/pdf';
import { DocumentIssuers } from '../documents/document-issuers';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { AcceptTermsArgs } from '../commission-terms/dto/accept-terms.args';
import { BasicContractEntity } from './basic-contract.entity';
import { BasicContractTemplateEntity } from './basic-contract-template.entity';
import { BasicContractsService } from './basic-contracts.service';
import { IssueBasicContractInput } from './dto/issue-basic-contract.input';
import { SaveBasicContractTemplateInput } from './dto/save-basic-contract-template.input';
import { WorkerContractsArgs } from './dto/worker-contracts.args';

/** Contracts with workers are the org admin's (DESIGN.md §1: users, workers, contracts). */
@Resolver(() => BasicContractEntity)
export class BasicContractsResolver {
  constructor(
    private readonly contracts: BasicContractsService,
    private readonly node: OrgNode,
    private readonly issuers: DocumentIssuers,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => DocumentIssuerModel, {
    description:
      "The party the worker contracts with: a town's partner operator (legal name, registration number, address) for the town's programme, else the member itself; fixed at issue and covered by the SHA-256.",
  })
  issuer(@Parent() contract: BasicContractEntity): Promise<DocumentIssuerModel> {
    return this.issuers.recorded(this.dataSource.manager, contract);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => BasicContractEntity, {
    description: '基本契約: issues the next version of a worker’s basic contract, for the worker to accept.',
  })
  issueBasicContract(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: IssueBasicContractInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<BasicContractEntity> {
    return this.contracts.issue(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => BasicContractEntity, {
    description:
      '基本契約: issues the member’s newest basic contract template to a worker as their next version; the contract keeps that template version’s text.',
  })
  issueBasicContractFromTemplate(
    @Args() { orgId, workerId }: WorkerContractsArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<BasicContractEntity> {
    return this.contracts.issueFromTemplate(this.node.resolve(orgId), workerId, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [BasicContractTemplateEntity], { description: 'Every saved version of the member’s basic contract template, newest first.' })
  basicContractTemplates(@Args() { orgId }: OrgArgs): Promise<BasicContractTemplateEntity[]> {
    return this.contracts.templates(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => BasicContractTemplateEntity, {
    description: 'Saves the member’s basic contract template as its next version (earlier versions stay as they were); audited.',
  })
  saveBasicContractTemplate(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: SaveBasicContractTemplateInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<BasicContractTemplateEntity> {
    return this.contracts.saveTemplate(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.Worker)
  @Mutation(() => BasicContractEntity, {
    description: 'The worker accepts the newest version of their basic contract, naming its SHA-256; time and account are recorded.',
  })
  acceptBasicContract(@Args() { orgId, id, sha256 }: AcceptTermsArgs, @CurrentAuth() auth: AuthContext): Promise<BasicContractEntity> {
    return this.contracts.accept(this.node.resolve(orgId), id, sha256, auth);
  }

  @Roles(Role.OrgAdmin, Role.Director, Role.Worker)
  @Query(() => [BasicContractEntity], {
    description: 'Every version of a worker’s basic contract, newest first: for staff and the worker.',
  })
  basicContracts(@Args() { orgId, workerId }: WorkerContractsArgs, @CurrentAuth() auth: AuthContext): Promise<BasicContractEntity[]> {
    return this.contracts.forWorker(this.node.resolve(orgId), workerId, auth);
  }

  @Roles(Role.Worker)
  @Query(() => [BasicContractEntity], { description: 'The caller’s own basic contract, every version, newest first.' })
  myBasicContracts(@Args() { orgId }: OrgArgs, @CurrentAuth() auth: AuthContext): Promise<BasicContractEntity[]> {
    return this.contracts.forUser(this.node.resolve(orgId), auth);
  }
}
