import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Role, Roles, STAFF } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ClientEntity } from './client.entity';
import { ClientsService } from './clients.service';
import { CreateClientInput } from './dto/create-client.input';
import { may } from '../access/access';

@Resolver(() => ClientEntity)
export class ClientsResolver {
  constructor(
    private readonly clientsService: ClientsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin, Role.Director)
  @Query(() => [ClientEntity], { nullable: true, description: "The org's clients, by name. Null only when the org's node is unavailable." })
  clients(@Args() { orgId }: OrgArgs): Promise<ClientEntity[]> {
    return this.clientsService.list(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => ClientEntity)
  createClient(@Args() { orgId }: OrgArgs, @Args('input') input: CreateClientInput): Promise<ClientEntity> {
    return this.clientsService.create(this.node.resolve(orgId), input);
  }

  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<ClientEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return this.clientsService.get(reference.orgId, reference.id);
  }
}
