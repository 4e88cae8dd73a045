import { join } from 'node:path';
import { canConnect, freePort, startEmbeddedPostgres } from '@kyodo/database';
import { TEST_SERVER_ENV } from './test-postgres';

const REPO_ROOT = join(__dirname, '../../..');

/**
 * Jest global setup: TEST_DATABASE_URL names a server to use; without it an embedded
 * PostgreSQL is started for the run (its data directory is reused between runs).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env[TEST_SERVER_ENV]) return;
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) {
    if (!(await canConnect(configured))) throw new Error(`TEST_DATABASE_URL does not answer: ${configured}`);
    process.env[TEST_SERVER_ENV] = configured;
    return;
  }
  const handle = await startEmbeddedPostgres({ dataDir: join(REPO_ROOT, '.kyodo/test-postgres'), port: await freePort() });
  process.env[TEST_SERVER_ENV] = handle.url;
  (globalThis as { __kyodoTestPostgres?: { stop(): Promise<void> } }).__kyodoTestPostgres = handle;
}
