import postgresSetup from '../global-setup';
import { startTestIssuer, TestIssuer } from './test-issuer';

/** Where the global setup tells the test files of node projects the test issuer's URL. */
export const TEST_ISSUER_ENV = 'KYODO_TEST_ISSUER_URL';

const holder = globalThis as { __kyodoTestIssuer?: TestIssuer };

/**
 * Jest global setup of the node test tier: PostgreSQL as for every project, plus the local test
 * OIDC issuer (no Java). Its URL goes to the test files through KYODO_TEST_ISSUER_URL, and
 * use-test-issuer.ts makes it their KEYCLOAK_URL: in a run of every project the workers are
 * shared, and the end-to-end project's KEYCLOAK_URL must stay the real Keycloak's.
 */
export default async function globalSetup(): Promise<void> {
  await postgresSetup();
  if (holder.__kyodoTestIssuer) return;
  holder.__kyodoTestIssuer = await startTestIssuer();
  process.env[TEST_ISSUER_ENV] = holder.__kyodoTestIssuer.url;
}
