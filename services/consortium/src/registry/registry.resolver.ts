import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthContext, CurrentAuth, REPORTING_CLIENT, Role, Roles, ServiceClients } from '@kyodo/auth';
import { IdArgs } from '@kyodo/subgraph';
import { MemberNodesArgs, RegisterMemberInput, RegisterNodeInput, SetMemberStatusArgs, UpdateNodeInput } from './dto/registry.inputs';
import { MemberEntity } from './member.entity';
import { MemberNodeEntity } from './member-node.entity';
import { RegistryService } from './registry.service';

/** 共同体: the members and their nodes. The joint support body manages it; routing reads it. */
@Resolver()
export class RegistryResolver {
  constructor(private readonly registry: RegistryService) {}

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin, Role.Director)
  // Reporting counts the member municipalities with each scheduled snapshot.
  @ServiceClients(REPORTING_CLIENT)
  @Query(() => [MemberEntity], { description: 'The consortium members, by id: every member may see who is in the consortium.' })
  consortiumMembers(): Promise<MemberEntity[]> {
    return this.registry.members();
  }

  @Roles(Role.ConsortiumAdmin)
  @Query(() => [MemberNodeEntity], {
    description: "Member nodes with their routing status, health and schema version; one org's when orgId is given.",
  })
  memberNodes(@Args() { orgId }: MemberNodesArgs): Promise<MemberNodeEntity[]> {
    return this.registry.nodes(orgId);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => MemberEntity, { description: 'Adds a member to the registry (ACTIVE, no nodes yet).' })
  registerMember(@Args('input') input: RegisterMemberInput, @CurrentAuth() auth: AuthContext): Promise<MemberEntity> {
    return this.registry.registerMember(input, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => MemberEntity, { description: 'Suspends (routing to its nodes stops; its data stays) or resumes a member.' })
  setMemberStatus(@Args() { id, status }: SetMemberStatusArgs, @CurrentAuth() auth: AuthContext): Promise<MemberEntity> {
    return this.registry.setMemberStatus(id, status, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => MemberNodeEntity, {
    description: "Registers a member's node; it is checked at once and gets traffic only when healthy with a fitting schema.",
  })
  registerNode(@Args('input') input: RegisterNodeInput, @CurrentAuth() auth: AuthContext): Promise<MemberNodeEntity> {
    return this.registry.registerNode(input, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => MemberNodeEntity, {
    description: "Changes a node's URL or timeout, or disables / re-enables it; takes effect for routing at once.",
  })
  updateNode(@Args('input') input: UpdateNodeInput, @CurrentAuth() auth: AuthContext): Promise<MemberNodeEntity> {
    return this.registry.updateNode(input, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => MemberNodeEntity, {
    description: 'Checks a node now (health, identity, schema fit) instead of waiting for the next round.',
  })
  checkNode(@Args() { id }: IdArgs): Promise<MemberNodeEntity> {
    return this.registry.checkNode(id);
  }
}
