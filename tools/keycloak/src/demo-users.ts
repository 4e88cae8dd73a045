import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REALM_DIR } from './paths';
import { passwordToken } from './tokens';

/** A user of the demo realm, as `infra/keycloak/kyodo-realm.json` defines it. DEMO ONLY. */
export interface DemoUser {
  username: string;
  /** Demo password (`demo-<username>`); the realm is for local demos and tests only. */
  password: string;
  /** Alias of the organization the user belongs to; null for the consortium admin. */
  organization: string | null;
  realmRoles: string[];
}

interface RealmFile {
  users?: Array<{
    username: string;
    serviceAccountClientId?: string;
    realmRoles?: string[];
    credentials?: Array<{ type: string; value?: string }>;
  }>;
  organizations?: Array<{ alias: string; members?: Array<{ username: string }> }>;
}

/** The demo users with their passwords, organizations and roles, read from the realm file. */
export function readDemoUsers(realmFile = join(REALM_DIR, 'kyodo-realm.json')): DemoUser[] {
  const realm = JSON.parse(readFileSync(realmFile, 'utf8')) as RealmFile;
  const organizationOf = new Map<string, string>();
  for (const organization of realm.organizations ?? []) {
    for (const member of organization.members ?? []) organizationOf.set(member.username, organization.alias);
  }
  // A service account's user (it only carries the client's roles) is nobody who logs in.
  return (realm.users ?? [])
    .filter((user) => !user.serviceAccountClientId)
    .map((user) => {
      const password = user.credentials?.find((c) => c.type === 'password')?.value;
      if (!password) throw new Error(`${realmFile}: demo user ${user.username} has no password`);
      return {
        username: user.username,
        password,
        organization: organizationOf.get(user.username) ?? null,
        realmRoles: user.realmRoles ?? [],
      };
    });
}

/** An access token for a demo user, by username (password from the realm file). DEMO ONLY. */
export async function demoUserToken(keycloakUrl: string, username: string): Promise<string> {
  const user = readDemoUsers().find((u) => u.username === username);
  if (!user) throw new Error(`No demo user ${username}`);
  return (await passwordToken(keycloakUrl, user.username, user.password)).access_token;
}
