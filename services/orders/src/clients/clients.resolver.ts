import { Args, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, STAFF, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import type { OrgScopedRef } from '@kyodo/domain';
import { ClientEntity } from './client.entity';
import { ClientsService } from './clients.service';
import { CreateClientInput } from './dto/create-client.input';
import { may } from '../access/access';
import { UpdateClientInput } from './dto/update-client.input';
import { ClientIdArgs } from './dto/client-id.args';

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

  @Roles(Role.OrgAdmin, Role.Director)
  @Mutation(() => ClientEntity, {
    description:
      "Edits a client's name, sector or contact (null clears a contact); CLIENT_NOT_FOUND for no client of the org. Audited with before and after.",
  })
  updateClient(
    @Args() { orgId, id }: ClientIdArgs,
    @Args('input') input: UpdateClientInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<ClientEntity> {
    return this.clientsService.update(this.node.resolve(orgId), id, input, auth);
  }

  @ResolveReference()
  resolveReference(reference: OrgScopedRef, context: object): Promise<ClientEntity | null> | null {
    if (!this.node.owns(reference) || !may('referenceAllowed', context, { nodeOrgId: this.node.orgId, roles: STAFF })) return null;
    return this.clientsService.get(reference.orgId, reference.id);
  }
}
