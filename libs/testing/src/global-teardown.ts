/** Stops the embedded PostgreSQL the global setup started, if it started one. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __kyodoTestPostgres?: { stop(): Promise<void> } };
  await holder.__kyodoTestPostgres?.stop();
  delete holder.__kyodoTestPostgres;
}
