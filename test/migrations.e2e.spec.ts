import { Client } from 'pg';
import { HUB_SERVICES, ORG_NODE_SERVICES } from '@kyodo/consortium-tools';
import { createTestDatabase } from '@kyodo/testing';

const SERVICES = { ...ORG_NODE_SERVICES, ...HUB_SERVICES };

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

describe.each(Object.entries(SERVICES))('%s migrations', (name, service) => {
  it('build the whole schema from an empty database, and a second run applies nothing', async () => {
    const db = await createTestDatabase(`migrate_${name}`);
    try {
      expect(await tables(db.url)).toEqual([]);
      const applied = await service.migrate(db.url);
      expect(applied.length).toBeGreaterThan(0);
      expect((await tables(db.url)).length).toBeGreaterThan(0);
      expect(await service.migrate(db.url)).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
