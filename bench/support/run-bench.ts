import startPostgresAndKeycloak from '../../tools/ci/jest-global-setup';
import stopPostgresAndKeycloak from '../../tools/ci/jest-global-teardown';

/**
 * Runs a benchmark with PostgreSQL and Keycloak set up as for the end-to-end tests
 * (TEST_DATABASE_URL and KEYCLOAK_URL are used when set), tears them down, and exits 0, or 1
 * with the error printed.
 */
export function runBench(bench: () => Promise<void>): void {
  startPostgresAndKeycloak()
    .then(() => bench().finally(() => stopPostgresAndKeycloak()))
    .then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
}
