/** A member's own identity provider (OIDC), brokered into the consortium realm and linked to its organization. */
export interface MemberIdentityProvider {
  /** Keycloak alias, e.g. `omachi-idp`. */
  alias: string;
  displayName: string;
  /** The provider's issuer; its endpoints are read from `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface MemberIdentitySpec {
  orgId: string;
  name: string;
  /** The member's e-mail domain; Keycloak routes logins of that domain to the member's provider. */
  domain: string;
  firstAdmin: { username: string; email: string; firstName: string; lastName: string };
  identityProvider?: MemberIdentityProvider;
  /** A municipality-run member's partner operator: its staff get to act for the member (operator_for). */
  partnerOperatorId?: string;
}

/** The operator's staff given `operator_for` the member: the Keycloak group and whom it holds. */
export interface OperatorAccess {
  groupId: string;
  groupName: string;
  /** Usernames of the operator's directors and org-admins added to the group. */
  staff: string[];
}

/** What provisioning created, so that it can be removed again if the rest of onboarding fails. */
export interface ProvisionedIdentity {
  organizationId: string;
  firstAdminUserId: string;
  /** Shown once to the support body; Keycloak makes the admin replace it at first login. */
  temporaryPassword: string;
  identityProviderAlias: string | null;
  /** Set for a member with a partner operator. */
  operatorAccess: OperatorAccess | null;
}

/**
 * The identity side of the consortium: a member is an organization of the Keycloak realm.
 * Implemented with Keycloak's admin API (keycloak-member-identity.ts); tests may stand in.
 */
export interface MemberIdentityAdmin {
  /**
   * Creates the organization, its first org-admin, the provider link and, for a member with a
   * partner operator, the group through which the operator's staff act for it; all or nothing.
   */
  provision(spec: MemberIdentitySpec): Promise<ProvisionedIdentity>;
  /** Removes what provision created (compensation when the registry cannot commit). */
  deprovision(identity: ProvisionedIdentity): Promise<void>;
  /** Enables or disables a member's organization (suspension), by its Keycloak id; its users and data stay. */
  setOrganizationEnabled(organizationId: string, enabled: boolean): Promise<void>;
  /**
   * Switches whether the tokens of the operator's staff in the member's group name the member in
   * `operator_for` (suspension revokes it, resuming restores it; the group keeps its people).
   * Answers whether the member has such a group.
   */
  setOperatorAccess(memberId: string, enabled: boolean): Promise<boolean>;
}

export const MEMBER_IDENTITY_ADMIN = Symbol('MEMBER_IDENTITY_ADMIN');
