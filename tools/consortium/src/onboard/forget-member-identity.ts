import { operatorGroupName } from '@kyodo/domain';
import { clientCredentialsToken } from '@kyodo/keycloak-tools';
import { DEMO_GATEWAY_ADMIN_SECRET } from '../consortium-launcher';

export interface KeycloakOrganization {
  id: string;
  alias: string;
  enabled: boolean;
}

/** Keycloak's admin API for realm kyodo, as the gateway's service account (demo secret). For tests and the demo only. */
export async function keycloakAdminRequest<T>(keycloakUrl: string, path: string, init: RequestInit = {}): Promise<T> {
  const { access_token: token } = await clientCredentialsToken(keycloakUrl, 'kyodo-gateway', DEMO_GATEWAY_ADMIN_SECRET);
  const response = await fetch(`${keycloakUrl}/admin/realms/kyodo${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${response.status}`);
  return (response.status === 204 || response.status === 201 ? undefined : await response.json()) as T;
}

/** The organization with this alias (Keycloak's search matches names and domains, not aliases). */
export async function organizationByAlias(keycloakUrl: string, alias: string): Promise<KeycloakOrganization | undefined> {
  return (await keycloakAdminRequest<KeycloakOrganization[]>(keycloakUrl, '/organizations?first=0&max=1000')).find(
    (org) => org.alias === alias,
  );
}

/**
 * Removes what onboarding created in Keycloak for a member: its organization, its operator's
 * group (operators-of-<member>), the named users and identity providers (a provider that is not
 * there is skipped).
 * A test Keycloak may outlive a run (KEYCLOAK_URL), so a test that onboards cleans up after itself.
 */
export async function forgetMemberIdentity(
  keycloakUrl: string,
  orgId: string,
  usernames: readonly string[],
  identityProviderAliases: readonly string[] = [],
): Promise<void> {
  const organization = await organizationByAlias(keycloakUrl, orgId);
  if (organization) await keycloakAdminRequest(keycloakUrl, `/organizations/${organization.id}`, { method: 'DELETE' });
  const groupName = operatorGroupName(orgId);
  const groups = await keycloakAdminRequest<{ id: string; name: string }[]>(
    keycloakUrl,
    `/groups?search=${encodeURIComponent(groupName)}&exact=true`,
  );
  for (const group of groups.filter((g) => g.name === groupName))
    await keycloakAdminRequest(keycloakUrl, `/groups/${group.id}`, { method: 'DELETE' });
  for (const alias of identityProviderAliases) {
    await keycloakAdminRequest(keycloakUrl, `/identity-provider/instances/${alias}`, { method: 'DELETE' }).catch(() => undefined);
  }
  for (const username of usernames) {
    const users = await keycloakAdminRequest<{ id: string }[]>(keycloakUrl, `/users?username=${encodeURIComponent(username)}&exact=true`);
    for (const user of users) await keycloakAdminRequest(keycloakUrl, `/users/${user.id}`, { method: 'DELETE' });
  }
}
