import { randomUUID } from 'node:crypto';
import type { CreatedLogin, LoginDirectory, LoginRoleName, NewLogin, OrgLogin, StaffRoleName } from './login-directory';
import { LoginsError } from './logins.errors';

/**
 * A typed fake of the member's Keycloak organizations for node specs, which run against a local
 * test issuer; the Keycloak directory itself is tested against the real Keycloak (test/admin-logins.e2e.spec.ts).
 */
export class InMemoryLoginDirectory implements LoginDirectory {
  readonly logins: (OrgLogin & { orgId: string })[] = [];

  /** A login that exists already (another member's staff, an admin's own). */
  seed(orgId: string, login: Omit<OrgLogin, 'enabled'> & { enabled?: boolean }): void {
    this.logins.push({ enabled: true, ...login, orgId });
  }

  async create(orgId: string, login: NewLogin): Promise<CreatedLogin> {
    const username = login.email.toLowerCase();
    if (this.logins.some((l) => l.username === username))
      throw new LoginsError('LOGIN_EMAIL_TAKEN', `An account with ${login.email} exists already.`);
    const userId = randomUUID();
    this.logins.push({
      orgId,
      userId,
      username,
      email: login.email,
      familyName: login.familyName,
      givenName: login.givenName,
      enabled: true,
      roles: [login.role],
    });
    return { userId, username, temporaryPassword: `temp-${randomUUID()}` };
  }

  async remove(_orgId: string, userId: string): Promise<void> {
    const i = this.logins.findIndex((l) => l.userId === userId);
    if (i >= 0) this.logins.splice(i, 1);
  }

  async staff(orgId: string): Promise<OrgLogin[]> {
    return this.logins.filter((l) => l.orgId === orgId && l.roles.some((r) => r !== 'worker'));
  }

  async member(orgId: string, username: string): Promise<OrgLogin | null> {
    return this.logins.find((l) => l.orgId === orgId && l.username === username) ?? null;
  }

  async setRole(orgId: string, userId: string, role: StaffRoleName): Promise<void> {
    const login = this.logins.find((l) => l.orgId === orgId && l.userId === userId);
    if (login) login.roles = [...login.roles.filter((r): r is LoginRoleName => r === 'worker'), role];
  }

  async setEnabled(orgId: string, userId: string, enabled: boolean): Promise<void> {
    const login = this.logins.find((l) => l.orgId === orgId && l.userId === userId);
    if (login) login.enabled = enabled;
  }

  async usernames(orgId: string, userIds: readonly string[]): Promise<Map<string, string>> {
    return new Map(this.logins.filter((l) => l.orgId === orgId && userIds.includes(l.userId)).map((l) => [l.userId, l.username]));
  }
}
