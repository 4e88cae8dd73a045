import { DEV_ADMIN, tokenEndpoint } from '@kyodo/keycloak-tools';
import { testKeycloakUrl } from '@kyodo/testing';

/**
 * Users a test adds to the real Keycloak's kyodo realm, as the demo realm's users are made: in a
 * member's organization, with realm roles, and the demo password `demo-<username>`, so
 * `tokenFor(username)` logs them in like any demo user. Removed again by `removeAll()`.
 */
export class TestUsers {
  private token?: { value: string; until: number };
  private readonly created: string[] = [];

  async create(username: string, orgAlias: string, roles: string[]): Promise<string> {
    await this.call('/users', 'POST', {
      username,
      enabled: true,
      email: `${username}@test.kyodo.example`,
      emailVerified: true,
      firstName: 'Test',
      lastName: 'Worker',
      credentials: [{ type: 'password', value: `demo-${username}`, temporary: false }],
    });
    const [{ id }] = (await this.call(`/users?username=${encodeURIComponent(username)}&exact=true`)) as { id: string }[];
    this.created.push(id);
    const realmRoles = await Promise.all(roles.map((role) => this.call(`/roles/${role}`)));
    await this.call(`/users/${id}/role-mappings/realm`, 'POST', realmRoles);
    const organization = ((await this.call('/organizations?max=1000')) as { id: string; alias: string }[]).find(
      (o) => o.alias === orgAlias,
    );
    if (!organization) throw new Error(`No organization ${orgAlias} in the realm`);
    await this.call(`/organizations/${organization.id}/members`, 'POST', id);
    return id;
  }

  async removeAll(): Promise<void> {
    for (const id of this.created.splice(0)) await this.call(`/users/${id}`, 'DELETE').catch(() => undefined);
  }

  private async call(path: string, method = 'GET', body?: unknown): Promise<unknown> {
    if (!this.token || this.token.until < Date.now()) {
      const response = await fetch(tokenEndpoint(testKeycloakUrl(), 'master'), {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'password',
          client_id: 'admin-cli',
          username: DEV_ADMIN.username,
          password: DEV_ADMIN.password,
        }),
      });
      const token = (await response.json()) as { access_token: string; expires_in: number };
      this.token = { value: token.access_token, until: Date.now() + (token.expires_in - 10) * 1000 };
    }
    const response = await fetch(`${testKeycloakUrl()}/admin/realms/kyodo${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token.value}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status >= 300) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : undefined;
  }
}
