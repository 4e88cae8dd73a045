import postgresSetup from '@kyodo/testing/src/global-setup';
import { provisionKeycloak } from '@kyodo/keycloak-tools';
import { buildConsole, CONSOLE_BUILT_FOR_RUN } from '@kyodo/consortium-tools/src/console/build-console';

const holder = globalThis as { __kyodoKeycloak?: { stop(): Promise<void> } };

/**
 * Jest global setup for projects whose tests need identity: PostgreSQL as for every project,
 * plus a real Keycloak with the kyodo realms (KEYCLOAK_URL when set, else provisioned once for
 * the run and exported to the test workers through KEYCLOAK_URL), and the console's build.
 */
export default async function globalSetup(): Promise<void> {
  await postgresSetup();
  // The console is built once for the run, beside Keycloak's start-up; suites then leave it be
  // (buildConsole), so no suite's rebuild empties the files another suite's browser is loading.
  const consoleBuild = buildConsole().then(() => {
    process.env[CONSOLE_BUILT_FOR_RUN] = '1';
  });
  if (!process.env.KEYCLOAK_URL) {
    const keycloak = await provisionKeycloak({ onProgress: (line) => process.stderr.write(`[keycloak] ${line}\n`) });
    process.env.KEYCLOAK_URL = keycloak.url;
    holder.__kyodoKeycloak = keycloak;
  }
  await consoleBuild;
}
