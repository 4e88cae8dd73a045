import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ClientEntity } from './client.entity';
import { ClientsService } from './clients.service';
import { CreateClientInput } from './dto/create-client.input';

@Resolver(() => ClientEntity)
export class ClientsResolver {
  constructor(
    private readonly clients: ClientsService,
    private readonly node: OrgNode,
  ) {}

  @Query(() => [ClientEntity], { description: "The org's clients, by name." })
  clients(@Args() { orgId }: OrgArgs): Promise<ClientEntity[]> {
    return this.clients.list(this.node.resolve(orgId));
  }

  @Mutation(() => ClientEntity)
  createClient(@Args() { orgId }: OrgArgs, @Args('input') input: CreateClientInput): Promise<ClientEntity> {
    return this.clients.create(this.node.resolve(orgId), input);
  }

  @ResolveReference()
  resolveReference(reference: OrgScopedRef): Promise<ClientEntity | null> | null {
    return this.node.owns(reference) ? this.clients.get(reference.orgId, reference.id) : null;
  }
}
