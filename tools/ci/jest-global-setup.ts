import postgresSetup from '@kyodo/testing/src/global-setup';
import { provisionKeycloak } from '@kyodo/keycloak-tools';

const holder = globalThis as { __kyodoKeycloak?: { stop(): Promise<void> } };

/**
 * Jest global setup for projects whose tests need identity: PostgreSQL as for every project,
 * plus a real Keycloak with the kyodo realms (KEYCLOAK_URL when set, else provisioned once for
 * the run and exported to the test workers through KEYCLOAK_URL).
 */
export default async function globalSetup(): Promise<void> {
  await postgresSetup();
  if (process.env.KEYCLOAK_URL) return;
  const keycloak = await provisionKeycloak({ onProgress: (line) => process.stderr.write(`[keycloak] ${line}\n`) });
  process.env.KEYCLOAK_URL = keycloak.url;
  holder.__kyodoKeycloak = keycloak;
}
