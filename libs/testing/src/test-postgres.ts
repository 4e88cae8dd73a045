import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@kyodo/database';

/** Set by the global setup: the server every test database is created on. */
export const TEST_SERVER_ENV = 'KYODO_TEST_SERVER_URL';

export function testServerUrl(): string {
  const url = process.env[TEST_SERVER_ENV] ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error(`No test PostgreSQL: run through jest (global setup sets ${TEST_SERVER_ENV}) or set TEST_DATABASE_URL.`);
  return url;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database with a unique name; each suite seeds its own data and drops it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const server = testServerUrl();
  const name = `t_${label
    .replace(/[^a-z0-9]/gi, '_')
    .toLowerCase()
    .slice(0, 40)}_${randomBytes(4).toString('hex')}`;
  const url = await ensureDatabase(server, name);
  return { name, url, drop: () => dropDatabase(server, name) };
}
