import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REALM_DIR } from './paths';

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
  users?: Array<{ username: string; realmRoles?: string[]; credentials?: Array<{ type: string; value?: string }> }>;
  organizations?: Array<{ alias: string; members?: Array<{ username: string }> }>;
}

/** The demo users with their passwords, organizations and roles, read from the realm file. */
export function readDemoUsers(realmFile = join(REALM_DIR, 'kyodo-realm.json')): DemoUser[] {
  const realm = JSON.parse(readFileSync(realmFile, 'utf8')) as RealmFile;
  const organizationOf = new Map<string, string>();
  for (const organization of realm.organizations ?? []) {
    for (const member of organization.members ?? []) organizationOf.set(member.username, organization.alias);
  }
  return (realm.users ?? []).map((user) => {
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
