import { readRealmFiles, startTestIssuer, tokenFor, type RealmFile, type TestIssuer } from '@kyodo/testing';

/**
 * TEST ONLY. The demo realm has one worker per member; offers and Q&A need several workers of one
 * member acting at once. This starts a local test issuer over the demo realm plus `extra` more
 * tateshina workers (`tateshina-worker-1` …, password `demo-<username>`) and points this test file's
 * KEYCLOAK_URL at it, so tokenFor() and the node under test both use it.
 */
export async function useRealmWithExtraWorkers(extra: number): Promise<TestIssuer> {
  const realms: RealmFile[] = readRealmFiles().map((file) => {
    if (file.realm !== 'kyodo') return file;
    const names = Array.from({ length: extra }, (_, i) => `tateshina-worker-${i + 1}`);
    const users = names.map((username) => ({
      username,
      enabled: true,
      firstName: 'Test',
      lastName: username,
      credentials: [{ type: 'password', value: `demo-${username}` }],
      realmRoles: ['worker', 'default-roles-kyodo'],
    }));
    const organizations = (file.organizations ?? []).map((org) =>
      org.alias === 'tateshina' ? { ...org, members: [...(org.members ?? []), ...names.map((username) => ({ username }))] } : org,
    );
    return { ...file, users: [...(file.users ?? []), ...users], organizations };
  });
  const issuer = await startTestIssuer({ realms });
  process.env.KEYCLOAK_URL = issuer.url;
  return issuer;
}

/** The Keycloak user id (`sub`) of a demo user, to link a worker record to that login. */
export async function subjectOf(username: string): Promise<string> {
  const token = await tokenFor(username);
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string;
}
