import { randomBytes } from 'node:crypto';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { Logger } from '@nestjs/common';
import type { CreatedLogin, LoginDirectory, LoginRoleName, NewLogin, OrgLogin, StaffRoleName } from './login-directory';
import { LoginsError } from './logins.errors';

export interface KeycloakDirectoryOptions {
  keycloakUrl: string;
  realm: string;
  /** A confidential client whose service account may manage users and organization members (kyodo-workers; infra/keycloak/README.md). */
  clientId: string;
  clientSecret: string;
}

const STAFF_ROLES: readonly StaffRoleName[] = ['director', 'org-admin'];

/**
 * The member's logins in Keycloak, through the admin REST API as the node's service account. The
 * member is the Keycloak organization whose alias is the org id; every lookup goes through that
 * organization's members, so a user of another member is never found here.
 */
export class KeycloakLoginDirectory implements LoginDirectory {
  private readonly logger = new Logger(KeycloakLoginDirectory.name);
  private readonly organizationIds = new Map<string, string>();

  constructor(private readonly options: KeycloakDirectoryOptions) {}

  async create(orgId: string, login: NewLogin): Promise<CreatedLogin> {
    const kc = await this.client();
    const organizationId = await this.organizationId(kc, orgId);
    const username = login.email.toLowerCase();
    const temporaryPassword = randomBytes(12).toString('base64url');
    const { id: userId } = await kc.users
      .create({
        username,
        email: login.email,
        firstName: login.givenName,
        lastName: login.familyName,
        enabled: true,
        emailVerified: true,
        credentials: [{ type: 'password', value: temporaryPassword, temporary: true }],
      })
      .catch((error: unknown) => {
        if (httpStatusOf(error) === 409) throw new LoginsError('LOGIN_EMAIL_TAKEN', `An account with ${login.email} exists already.`);
        throw failed('create the login', error);
      });
    try {
      const role = await kc.roles.findOneByName({ name: login.role });
      if (!role?.id) throw new Error(`realm role ${login.role} is missing`);
      await kc.users.addRealmRoleMappings({ id: userId, roles: [{ id: role.id, name: login.role }] });
      await kc.organizations.addMember({ orgId: organizationId, userId });
    } catch (error) {
      await kc.users
        .del({ id: userId })
        .catch((e: unknown) => this.logger.error(`Could not remove half-made login ${userId}: ${describe(e)}`));
      throw failed('set up the login', error);
    }
    return { userId, username, temporaryPassword };
  }

  async remove(_orgId: string, userId: string): Promise<void> {
    const kc = await this.client();
    await kc.users.del({ id: userId }).catch((error: unknown) => this.logger.error(`Could not remove login ${userId}: ${describe(error)}`));
  }

  async staff(orgId: string): Promise<OrgLogin[]> {
    const kc = await this.client();
    const organizationId = await this.organizationId(kc, orgId);
    const [members, ...holders] = await Promise.all([
      kc.organizations.listMembers({ orgId: organizationId, max: 1000 }),
      ...STAFF_ROLES.map((name) => kc.roles.findUsersWithRole({ name, max: 1000 })),
    ]).catch((error: unknown) => {
      throw failed('list the logins', error);
    });
    const roleOf = new Map<string, LoginRoleName[]>();
    STAFF_ROLES.forEach((role, i) => holders[i].forEach((u) => u.id && roleOf.set(u.id, [...(roleOf.get(u.id) ?? []), role])));
    return members.filter((m) => m.id && roleOf.has(m.id)).map((m) => toLogin(m, roleOf.get(m.id as string) ?? []));
  }

  async member(orgId: string, username: string): Promise<OrgLogin | null> {
    const kc = await this.client();
    const organizationId = await this.organizationId(kc, orgId);
    const found = await kc.organizations.listMembers({ orgId: organizationId, search: username, max: 100 }).catch((error: unknown) => {
      throw failed('find the login', error);
    });
    const user = found.find((m) => m.username === username.toLowerCase());
    if (!user?.id) return null;
    const roles = await kc.users.listRealmRoleMappings({ id: user.id });
    return toLogin(
      user,
      roles.map((r) => r.name).filter((n): n is LoginRoleName => n === 'worker' || STAFF_ROLES.includes(n as StaffRoleName)),
    );
  }

  async setRole(_orgId: string, userId: string, role: StaffRoleName): Promise<void> {
    const kc = await this.client();
    try {
      const held = await kc.users.listRealmRoleMappings({ id: userId });
      const drop = held.filter((r) => STAFF_ROLES.includes(r.name as StaffRoleName) && r.name !== role);
      const wanted = await kc.roles.findOneByName({ name: role });
      if (!wanted?.id) throw new Error(`realm role ${role} is missing`);
      await kc.users.addRealmRoleMappings({ id: userId, roles: [{ id: wanted.id, name: role }] });
      if (drop.length > 0)
        await kc.users.delRealmRoleMappings({ id: userId, roles: drop.map((r) => ({ id: r.id as string, name: r.name as string })) });
      // The old role lives on in tokens already issued: ending the sessions makes the change count at once.
      await kc.users.logout({ id: userId });
    } catch (error) {
      throw failed('change the role', error);
    }
  }

  async setEnabled(_orgId: string, userId: string, enabled: boolean): Promise<void> {
    const kc = await this.client();
    try {
      const user = await kc.users.findOne({ id: userId });
      if (!user) throw new Error(`user ${userId} is gone`);
      await kc.users.update({ id: userId }, { ...user, enabled });
      // Keycloak's back-channel logout tells the gateway, which refuses the ended sessions' tokens.
      if (!enabled) await kc.users.logout({ id: userId });
    } catch (error) {
      throw failed(enabled ? 'enable the login' : 'disable the login', error);
    }
  }

  async usernames(orgId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    if (userIds.length === 0) return names;
    const kc = await this.client();
    const organizationId = await this.organizationId(kc, orgId);
    await Promise.all(
      userIds.map(async (userId) => {
        const member = await kc.organizations.getMember({ orgId: organizationId, userId }).catch(() => null);
        if (member?.username) names.set(userId, member.username);
      }),
    );
    return names;
  }

  /** The organization's id differs on every realm import; its alias is the org id. */
  private async organizationId(kc: KcAdminClient, orgId: string): Promise<string> {
    const known = this.organizationIds.get(orgId);
    if (known) return known;
    const organizations = await kc.organizations.find({ search: orgId, max: 100 }).catch((error: unknown) => {
      throw failed('find the organization', error);
    });
    const organization = organizations.find((o) => o.alias === orgId);
    if (!organization?.id) throw new LoginsError('LOGIN_DIRECTORY_FAILED', `Keycloak has no organization with the alias ${orgId}.`);
    this.organizationIds.set(orgId, organization.id);
    return organization.id;
  }

  /** A fresh admin session per call: its tokens are short-lived and these calls are rare. */
  private async client(): Promise<KcAdminClient> {
    const kc = new KcAdminClient({ baseUrl: this.options.keycloakUrl, realmName: this.options.realm });
    try {
      await kc.auth({ grantType: 'client_credentials', clientId: this.options.clientId, clientSecret: this.options.clientSecret });
    } catch (error) {
      throw failed(`sign in to the admin API as ${this.options.clientId}`, error);
    }
    return kc;
  }
}

function toLogin(
  user: { id?: string; username?: string; email?: string; firstName?: string; lastName?: string; enabled?: boolean },
  roles: LoginRoleName[],
): OrgLogin {
  return {
    userId: user.id as string,
    username: user.username ?? '',
    email: user.email ?? null,
    familyName: user.lastName ?? null,
    givenName: user.firstName ?? null,
    enabled: user.enabled ?? false,
    roles,
  };
}

function failed(what: string, error: unknown): LoginsError {
  if (error instanceof LoginsError) return error;
  return new LoginsError('LOGIN_DIRECTORY_FAILED', `Keycloak did not ${what}: ${describe(error)}.`);
}

function httpStatusOf(error: unknown): number | undefined {
  return error && typeof error === 'object' && 'response' in error
    ? (error as { response?: { status?: number } }).response?.status
    : undefined;
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'responseData' in error) {
    const data = (error as { responseData: unknown }).responseData;
    const detail =
      data && typeof data === 'object'
        ? ((data as { errorMessage?: string; error?: string }).errorMessage ?? (data as { error?: string }).error)
        : undefined;
    if (detail) return detail;
  }
  return error instanceof Error ? error.message : String(error);
}
