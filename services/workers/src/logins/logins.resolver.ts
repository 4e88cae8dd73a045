import { Args, Mutation, Query, ResolveField, Resolver, Parent } from '@nestjs/graphql';
import { CurrentAuth, Role, Roles, type AuthContext } from '@kyodo/auth';
import { OrgArgs, OrgNode } from '@kyodo/subgraph';
import { WorkerArgs } from '../workers/dto/worker.args';
import { WorkerEntity } from '../workers/worker.entity';
import { homeOrgOnly } from '../workers/personal-data.middleware';
import { InviteStaffLoginInput } from './dto/invite-staff-login.input';
import { SetStaffLoginEnabledArgs } from './dto/set-staff-login-enabled.args';
import { SetStaffLoginRoleArgs } from './dto/set-staff-login-role.args';
import { LoginInvitation } from './login-invitation.model';
import { LoginsService } from './logins.service';
import { StaffLogin } from './staff-login.model';

/** The member's logins: org admins only; every operation acts on the node's own Keycloak organization. */
@Resolver(() => WorkerEntity)
export class LoginsResolver {
  constructor(
    private readonly logins: LoginsService,
    private readonly node: OrgNode,
  ) {}

  @Roles(Role.OrgAdmin)
  @Mutation(() => LoginInvitation, {
    description:
      "Creates a login for a registered worker in the member's Keycloak organization (worker role, the worker's e-mail as login name), links it to the worker and mails the invitation with a temporary password Keycloak asks to replace at first login. Audited.",
  })
  inviteWorkerLogin(@Args() { orgId, id }: WorkerArgs, @CurrentAuth() auth: AuthContext): Promise<LoginInvitation> {
    return this.logins.inviteWorker(this.node.resolve(orgId), id, auth);
  }

  @Roles(Role.OrgAdmin)
  @Query(() => [StaffLogin], { nullable: true, description: "The member's directors and org admins, by username." })
  staffLogins(@Args() { orgId }: OrgArgs): Promise<StaffLogin[]> {
    return this.logins.staff(this.node.resolve(orgId));
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => LoginInvitation, { description: "Invites a director or org admin into the member's organization. Audited." })
  inviteStaffLogin(
    @Args() { orgId }: OrgArgs,
    @Args('input') input: InviteStaffLoginInput,
    @CurrentAuth() auth: AuthContext,
  ): Promise<LoginInvitation> {
    return this.logins.inviteStaff(this.node.resolve(orgId), input, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => StaffLogin, {
    description: "Makes a staff login of the member a director or an org admin; not the caller's own. Audited.",
  })
  setStaffLoginRole(@Args() { orgId, username, role }: SetStaffLoginRoleArgs, @CurrentAuth() auth: AuthContext): Promise<StaffLogin> {
    return this.logins.setRole(this.node.resolve(orgId), username, role, auth);
  }

  @Roles(Role.OrgAdmin)
  @Mutation(() => StaffLogin, { description: "Disables (or enables again) a staff login of the member; not the caller's own. Audited." })
  setStaffLoginEnabled(
    @Args() { orgId, username, enabled }: SetStaffLoginEnabledArgs,
    @CurrentAuth() auth: AuthContext,
  ): Promise<StaffLogin> {
    return this.logins.setEnabled(this.node.resolve(orgId), username, enabled, auth);
  }

  /** Whether the worker can log in, without the account id itself. */
  @ResolveField(() => Boolean, {
    nullable: true,
    description: "Whether a login is linked to the worker. Null (FORBIDDEN) for another member's staff.",
    middleware: [homeOrgOnly],
  })
  hasLogin(@Parent() worker: WorkerEntity): boolean {
    return worker.userId !== null;
  }
}
