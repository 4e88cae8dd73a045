import { Client } from 'pg';
import { HUB_MAINS, ORG_NODE_MAINS, runServiceCommand } from '@kyodo/consortium-tools';
import { createTestDatabase } from '@kyodo/testing';

const SERVICES: [string, string][] = [...Object.entries(ORG_NODE_MAINS), ['reporting', HUB_MAINS.reporting]];

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    );
    return result.rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

describe.each(SERVICES)('%s migrations', (name, main) => {
  it('build the whole schema from an empty database through `main.ts migrate`, and a second run applies nothing', async () => {
    const db = await createTestDatabase(`migrate_${name}`);
    try {
      expect(await tables(db.url)).toEqual([]);
      const first = await runServiceCommand(main, ['migrate'], { DATABASE_URL: db.url });
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^applied: /);
      expect((await tables(db.url)).length).toBeGreaterThan(0);
      const second = await runServiceCommand(main, ['migrate'], { DATABASE_URL: db.url });
      expect(second.stdout.trim()).toBe('no pending migrations');
    } finally {
      await db.drop();
    }
  });
});
