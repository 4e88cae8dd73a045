import postgresTeardown from '@kyodo/testing/src/global-teardown';

/** Stops what the global setup started: Keycloak (if started here), then PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __kyodoKeycloak?: { stop(): Promise<void> } };
  await holder.__kyodoKeycloak?.stop();
  delete holder.__kyodoKeycloak;
  await postgresTeardown();
}
