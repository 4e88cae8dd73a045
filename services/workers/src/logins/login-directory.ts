/** The Kyodo realm roles a member's staff login holds (infra/keycloak/README.md). */
export type StaffRoleName = 'director' | 'org-admin';
export type LoginRoleName = StaffRoleName | 'worker';

/** A login of the member's Keycloak organization, as the workers node may show it. */
export interface OrgLogin {
  /** Keycloak's user id: kept on the server (a worker's link, the audit log), never shown in the console. */
  userId: string;
  username: string;
  email: string | null;
  familyName: string | null;
  givenName: string | null;
  enabled: boolean;
  roles: LoginRoleName[];
}

export interface NewLogin {
  email: string;
  familyName: string;
  givenName: string;
  role: LoginRoleName;
}

/** A login just made: the temporary password Keycloak asks the person to replace at first login. */
export interface CreatedLogin {
  userId: string;
  username: string;
  temporaryPassword: string;
}

/**
 * The member's logins in the identity provider. Every method takes the node's own org: the
 * directory finds users only among that organization's members, so a node never touches another
 * member's logins, whoever asks.
 */
export interface LoginDirectory {
  /** Creates the user in the org's organization with one Kyodo role; LOGIN_EMAIL_TAKEN when the e-mail has an account. */
  create(orgId: string, login: NewLogin): Promise<CreatedLogin>;
  /** Removes a user this node has just created (compensation). */
  remove(orgId: string, userId: string): Promise<void>;
  /** The org's members that hold a staff role. */
  staff(orgId: string): Promise<OrgLogin[]>;
  /** A member of the org by username; null for a user of another organization or none. */
  member(orgId: string, username: string): Promise<OrgLogin | null>;
  setRole(orgId: string, userId: string, role: StaffRoleName): Promise<void>;
  setEnabled(orgId: string, userId: string, enabled: boolean): Promise<void>;
  /** Usernames of the org's members among these ids (for the audit log); others are left out. */
  usernames(orgId: string, userIds: readonly string[]): Promise<Map<string, string>>;
}

/** Injection token; the value is null when the node has no Keycloak admin credentials. */
export const LOGIN_DIRECTORY = Symbol('LOGIN_DIRECTORY');
