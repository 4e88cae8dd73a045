import { randomBytes } from 'node:crypto';
import KcAdminClient from '@keycloak/keycloak-admin-client';
import { Logger } from '@nestjs/common';
import { OPERATOR_FOR_CLAIM, operatorGroupName } from '@kyodo/domain';
import { RegistryError } from './registry.errors';
import type {
  MemberIdentityAdmin,
  MemberIdentityProvider,
  MemberIdentitySpec,
  OperatorAccess,
  ProvisionedIdentity,
} from './member-identity';

export interface KeycloakAdminOptions {
  keycloakUrl: string;
  realm: string;
  /** A confidential client whose service account holds the realm-management roles onboarding needs. */
  clientId: string;
  clientSecret: string;
}

/** The realm role of a member's administrator (infra/keycloak/README.md). */
const ORG_ADMIN_ROLE = 'org-admin';
/** The operator's staff who get to act for a member it operates: its directors and org-admins (never its workers). */
const OPERATOR_STAFF_ROLES = ['director', ORG_ADMIN_ROLE] as const;
/** Group attribute naming the operator, for people reading the realm (the token carries only operator_for). */
const OPERATOR_ATTRIBUTE = 'operator';

/**
 * Members as Keycloak organizations, through the admin API with the gateway's service account
 * (client credentials; see infra/keycloak/README.md for its realm-management roles).
 */
export class KeycloakMemberIdentity implements MemberIdentityAdmin {
  private readonly logger = new Logger('KeycloakMemberIdentity');

  constructor(private readonly options: KeycloakAdminOptions) {}

  async provision(spec: MemberIdentitySpec): Promise<ProvisionedIdentity> {
    const kc = await this.client();
    const created: Partial<ProvisionedIdentity> = { identityProviderAlias: null, operatorAccess: null };
    try {
      const { id: organizationId } = await kc.organizations
        .create({ name: spec.name, alias: spec.orgId, enabled: true, domains: [{ name: spec.domain, verified: true }] })
        .catch((error: unknown) => {
          if (httpStatusOf(error) === 409)
            throw new RegistryError(
              'IDENTITY_EXISTS',
              `Keycloak already has an organization with the alias "${spec.orgId}", the name "${spec.name}" or the domain ${spec.domain}: ${describe(error)}.`,
            );
          throw error;
        });
      created.organizationId = organizationId;

      const temporaryPassword = randomBytes(12).toString('base64url');
      const admin = spec.firstAdmin;
      const { id: userId } = await kc.users.create({
        username: admin.username,
        email: admin.email,
        firstName: admin.firstName,
        lastName: admin.lastName,
        enabled: true,
        emailVerified: true,
        credentials: [{ type: 'password', value: temporaryPassword, temporary: true }],
      });
      created.firstAdminUserId = userId;
      created.temporaryPassword = temporaryPassword;
      const role = await kc.roles.findOneByName({ name: ORG_ADMIN_ROLE });
      if (!role?.id) throw new Error(`realm role ${ORG_ADMIN_ROLE} is missing`);
      await kc.users.addRealmRoleMappings({ id: userId, roles: [{ id: role.id, name: ORG_ADMIN_ROLE }] });
      await kc.organizations.addMember({ orgId: organizationId, userId });

      if (spec.identityProvider) {
        await this.brokerProvider(kc, spec.identityProvider, spec.domain);
        created.identityProviderAlias = spec.identityProvider.alias;
        await kc.organizations.linkIdp({ orgId: organizationId, alias: spec.identityProvider.alias });
      }
      if (spec.partnerOperatorId) created.operatorAccess = await this.grantOperatorAccess(kc, spec.orgId, spec.partnerOperatorId, created);
      return created as ProvisionedIdentity;
    } catch (error) {
      await this.removeQuietly(kc, created);
      if (error instanceof RegistryError) throw error;
      throw new RegistryError('IDENTITY_FAILED', `Keycloak refused to set up "${spec.orgId}": ${describe(error)}. Nothing was kept.`);
    }
  }

  async deprovision(identity: ProvisionedIdentity): Promise<void> {
    await this.removeQuietly(await this.client(), identity);
  }

  async setOrganizationEnabled(organizationId: string, enabled: boolean): Promise<void> {
    const kc = await this.client();
    try {
      const organization = await kc.organizations.findOne({ id: organizationId });
      await kc.organizations.updateById({ id: organizationId }, { ...organization, enabled });
    } catch (error) {
      throw new RegistryError(
        'IDENTITY_FAILED',
        `Keycloak did not ${enabled ? 'enable' : 'disable'} organization ${organizationId}: ${describe(error)}. The member's status is unchanged.`,
      );
    }
  }

  async setOperatorAccess(memberId: string, enabled: boolean): Promise<boolean> {
    const kc = await this.client();
    try {
      const group = await this.operatorGroup(kc, memberId);
      if (!group?.id) return false;
      const attributes = { ...(group.attributes ?? {}) };
      if (enabled) attributes[OPERATOR_FOR_CLAIM] = [memberId];
      else delete attributes[OPERATOR_FOR_CLAIM];
      await kc.groups.update({ id: group.id }, { ...group, attributes });
      return true;
    } catch (error) {
      throw new RegistryError(
        'IDENTITY_FAILED',
        `Keycloak did not ${enabled ? 'restore' : 'revoke'} the operator's access to "${memberId}" (group ${operatorGroupName(memberId)}): ${describe(error)}. The member's status is unchanged.`,
      );
    }
  }

  /**
   * The group `operators-of-<member>` whose attribute `operator_for` names the member, holding
   * the operator's staff: the members of the operator's organization who hold the director or
   * org-admin realm role now. Staff the operator adds later join the group by its own admin
   * (infra/keycloak/README.md). Records the group in `created` at once, so compensation finds it.
   */
  private async grantOperatorAccess(
    kc: KcAdminClient,
    memberId: string,
    operatorId: string,
    created: Partial<ProvisionedIdentity>,
  ): Promise<OperatorAccess> {
    const operatorOrganization = (await kc.organizations.find({ first: 0, max: 1000 })).find((o) => o.alias === operatorId);
    if (!operatorOrganization?.id)
      throw new RegistryError(
        'IDENTITY_FAILED',
        `The partner operator "${operatorId}" has no Keycloak organization, so none of its staff could act for "${memberId}". Nothing was kept.`,
      );
    const groupName = operatorGroupName(memberId);
    const { id: groupId } = await kc.groups
      .create({ name: groupName, attributes: { [OPERATOR_FOR_CLAIM]: [memberId], [OPERATOR_ATTRIBUTE]: [operatorId] } })
      .catch((error: unknown) => {
        if (httpStatusOf(error) === 409)
          throw new RegistryError('IDENTITY_EXISTS', `Keycloak already has a group "${groupName}": ${describe(error)}.`);
        throw error;
      });
    const access: OperatorAccess = { groupId, groupName, staff: [] };
    created.operatorAccess = access;
    // Role holders first (a handful of staff), then whether each is the operator's: never a scan of all its workers.
    const holders = (await Promise.all(OPERATOR_STAFF_ROLES.map((name) => kc.roles.findUsersWithRole({ name, max: 1000 })))).flat();
    const seen = new Set<string>();
    for (const user of holders) {
      if (!user.id || seen.has(user.id)) continue;
      seen.add(user.id);
      const member = await kc.organizations.getMember({ orgId: operatorOrganization.id, userId: user.id }, { catchNotFound: true });
      if (!member) continue;
      await kc.users.addToGroup({ id: user.id, groupId });
      access.staff.push(user.username ?? user.id);
    }
    access.staff.sort();
    return access;
  }

  private async operatorGroup(kc: KcAdminClient, memberId: string) {
    const name = operatorGroupName(memberId);
    return (await kc.groups.find({ search: name, exact: true, briefRepresentation: false })).find((g) => g.name === name);
  }

  /** The provider's endpoints come from its discovery document, so the support body only gives the issuer. */
  private async brokerProvider(kc: KcAdminClient, idp: MemberIdentityProvider, domain: string): Promise<void> {
    const discovered = await kc.identityProviders.importFromUrl({
      fromUrl: `${idp.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
      providerId: 'oidc',
    });
    await kc.identityProviders.create({
      alias: idp.alias,
      displayName: idp.displayName,
      providerId: 'oidc',
      enabled: true,
      trustEmail: true,
      firstBrokerLoginFlowAlias: 'first broker login',
      config: {
        ...discovered,
        clientId: idp.clientId,
        clientSecret: idp.clientSecret,
        clientAuthMethod: 'client_secret_post',
        defaultScope: 'openid profile email',
        pkceEnabled: 'true',
        pkceMethod: 'S256',
        syncMode: 'IMPORT',
        // As for Tateshina's provider: a login with the member's e-mail domain goes to its provider.
        'kc.org.domain': domain,
        'kc.org.broker.redirect.mode.email-matches': 'true',
      },
    });
  }

  /** Compensation runs in reverse order of creation and never hides the original failure. */
  private async removeQuietly(kc: KcAdminClient, created: Partial<ProvisionedIdentity>): Promise<void> {
    const { identityProviderAlias: alias, firstAdminUserId: userId, organizationId, operatorAccess } = created;
    const steps: [string, () => Promise<unknown>][] = [];
    if (operatorAccess) steps.push([`group ${operatorAccess.groupName}`, () => kc.groups.del({ id: operatorAccess.groupId })]);
    if (alias) steps.push([`identity provider ${alias}`, () => kc.identityProviders.del({ alias })]);
    if (userId) steps.push([`user ${userId}`, () => kc.users.del({ id: userId })]);
    if (organizationId) steps.push([`organization ${organizationId}`, () => kc.organizations.delById({ id: organizationId })]);
    for (const [what, remove] of steps) {
      await remove().catch((error: unknown) => this.logger.error(`Could not remove ${what} after a failed onboarding: ${describe(error)}`));
    }
  }

  /** A fresh admin session per call: its tokens are short-lived and onboarding is rare. */
  private async client(): Promise<KcAdminClient> {
    const kc = new KcAdminClient({ baseUrl: this.options.keycloakUrl, realmName: this.options.realm });
    try {
      await kc.auth({ grantType: 'client_credentials', clientId: this.options.clientId, clientSecret: this.options.clientSecret });
    } catch (error) {
      throw new RegistryError(
        'IDENTITY_FAILED',
        `The gateway could not sign in to Keycloak's admin API as ${this.options.clientId}: ${describe(error)}.`,
      );
    }
    return kc;
  }
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
