import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { addAuditLogOrgColumn, appendAudit, createAuditLogTable } from './audit-log';
import { dropDatabase, ensureDatabase } from './database-url';

// @kyodo/testing builds on this library, so the test creates its database itself.
const server = process.env.KYODO_TEST_SERVER_URL ?? process.env.TEST_DATABASE_URL ?? '';
const name = `t_audit_log_${randomBytes(4).toString('hex')}`;

describe('audit log', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'postgres', url: await ensureDatabase(server, name) }).initialize();
    const runner = dataSource.createQueryRunner();
    await createAuditLogTable(runner);
    await addAuditLogOrgColumn(runner);
    await runner.release();
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await dropDatabase(server, name);
  });

  it('appends entries inside the caller’s transaction and refuses updates and deletes', async () => {
    await dataSource.transaction((manager) =>
      appendAudit(manager, {
        actorId: 'u1',
        actorOrgId: 'tateshina',
        action: 'order.transition',
        entityType: 'order',
        entityId: 'o1',
        detail: { from: 'INQUIRY', to: 'CONTRACTED' },
      }),
    );
    const rows = await dataSource.query(`SELECT actor_id, action, detail FROM audit_log`);
    expect(rows).toEqual([{ actor_id: 'u1', action: 'order.transition', detail: { from: 'INQUIRY', to: 'CONTRACTED' } }]);
    await expect(dataSource.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM audit_log`)).toEqual([{ n: 1 }]);
  });

  it('keeps nothing when the transaction rolls back', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await appendAudit(manager, { actorId: 'u2', actorOrgId: null, action: 'x', entityType: 'y', entityId: 'z', detail: {} });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_id = 'u2'`)).toEqual([{ n: 0 }]);
  });
});
