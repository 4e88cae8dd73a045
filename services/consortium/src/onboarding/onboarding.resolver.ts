import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthContext, AuthError, CurrentAuth, hasAnyRole, Role, Roles } from '@kyodo/auth';
import { MemberEntity } from '../registry/member.entity';
import { MemberNodeEntity } from '../registry/member-node.entity';
import { RegistryService } from '../registry/registry.service';
import { ChecklistItemEntity } from './checklist-item.entity';
import { ChecklistArgs, SetChecklistItemArgs } from './dto/checklist.args';
import { MemberOrgArgs } from './dto/member-org.args';
import { OnboardMemberInput } from './dto/onboard-member.input';
import { OnboardingEntity } from './onboarding.entity';
import { OnboardingError } from './onboarding.errors';
import { OnboardingService } from './onboarding.service';

/** 受入れ: the joint support body brings members in; a member's staff follow their own checklist. */
@Resolver(() => OnboardingEntity)
export class OnboardingResolver {
  constructor(
    private readonly onboarding: OnboardingService,
    private readonly registry: RegistryService,
  ) {}

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => OnboardingEntity, {
    description:
      'Onboards a member: checks its nodes, creates its Keycloak organization and first org-admin (temporary password, shown once), links its identity provider, registers it with the feature set of its operating form, routes to its nodes and seeds its starter data; audited.',
  })
  onboardMember(@Args('input') input: OnboardMemberInput, @CurrentAuth() auth: AuthContext): Promise<OnboardingEntity> {
    return this.onboarding.onboard(input, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Mutation(() => OnboardingEntity, {
    description:
      "Writes the starter data (training catalogue template, skill map) into an onboarded member's nodes again; idempotent, audited.",
  })
  seedStarterData(@Args() { orgId }: MemberOrgArgs, @CurrentAuth() auth: AuthContext): Promise<OnboardingEntity> {
    return this.onboarding.seedStarterData(orgId, auth);
  }

  @Roles(Role.ConsortiumAdmin)
  @Query(() => OnboardingEntity, {
    nullable: true,
    description: "How far a member's onboarding got; null for a member that was not onboarded through onboardMember.",
  })
  memberOnboarding(@Args() { orgId }: MemberOrgArgs): Promise<OnboardingEntity | null> {
    return this.onboarding.onboarding(orgId);
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin, Role.Director)
  @Query(() => [ChecklistItemEntity], {
    description: "A member's onboarding checklist: its staff see their own, the support body names the member.",
  })
  onboardingChecklist(@Args() { orgId }: ChecklistArgs, @CurrentAuth() auth: AuthContext): Promise<ChecklistItemEntity[]> {
    return this.onboarding.checklist(memberOrgOf(auth, orgId));
  }

  @Roles(Role.ConsortiumAdmin, Role.OrgAdmin, Role.Director)
  @Mutation(() => ChecklistItemEntity, {
    description: 'Ticks (done: true) or unticks a checklist item, by the role the item names; audited.',
  })
  setChecklistItem(@Args() { orgId, code, done }: SetChecklistItemArgs, @CurrentAuth() auth: AuthContext): Promise<ChecklistItemEntity> {
    return this.onboarding.setChecklistItem(memberOrgOf(auth, orgId), code, done, auth);
  }

  @ResolveField(() => MemberEntity)
  member(@Parent() onboarding: OnboardingEntity): Promise<MemberEntity> {
    return this.registry.member(onboarding.orgId);
  }

  @ResolveField(() => [MemberNodeEntity])
  nodes(@Parent() onboarding: OnboardingEntity): Promise<MemberNodeEntity[]> {
    return this.registry.nodes(onboarding.orgId);
  }

  @ResolveField(() => [ChecklistItemEntity])
  checklist(@Parent() onboarding: OnboardingEntity): Promise<ChecklistItemEntity[]> {
    return this.onboarding.checklist(onboarding.orgId);
  }
}

/** The org a per-member operation is about: member staff get their own, the support body names one. */
function memberOrgOf(auth: AuthContext, orgId: string | undefined): string {
  if (auth.orgId) {
    if (orgId && orgId !== auth.orgId)
      throw new AuthError('CROSS_ORG_REFUSED', `Staff of "${auth.orgId}" see only their own member's onboarding, not "${orgId}".`);
    return auth.orgId;
  }
  // A member role without an organization (e.g. a fresh token of a suspended member, whose
  // disabled organization Keycloak leaves out of the token) is nobody's staff.
  if (!hasAnyRole(auth, [Role.ConsortiumAdmin])) throw new AuthError('FORBIDDEN', 'Member staff need a token of their organization.');
  if (!orgId) throw new OnboardingError('ORG_ID_REQUIRED', 'Name the member (orgId).');
  return orgId;
}
