import postgresTeardown from '../global-teardown';
import { TEST_ISSUER_ENV } from './issuer-global-setup';

/** Stops what the node tier's global setup started: the test issuer, then PostgreSQL. */
export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __kyodoTestIssuer?: { stop(): Promise<void> } };
  await holder.__kyodoTestIssuer?.stop();
  delete holder.__kyodoTestIssuer;
  delete process.env[TEST_ISSUER_ENV];
  await postgresTeardown();
}
