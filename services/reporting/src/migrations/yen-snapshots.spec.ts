import { createTestDatabase, databaseBeforeMigration, MigrationStep, TestDatabase } from '@kyodo/testing';
import { reportingDataSourceOptions } from '../data-source';

/** Snapshots stored while amounts were GraphQL Int (jsonb numbers) read as Yen strings after the migration, and back on the way down. */
describe('migration of stored snapshots to Yen', () => {
  let db: TestDatabase;
  let step: MigrationStep;

  beforeAll(async () => {
    db = await createTestDatabase('reporting_yen_snapshots');
    step = await databaseBeforeMigration(reportingDataSourceOptions(db.url), 'YenSnapshots1765230000000');
  });

  afterAll(async () => {
    await step?.close();
    await db?.drop();
  });

  const ORDERS = {
    orgId: 'tateshina',
    fiscalYear: 2025,
    total: { orderCount: 3, valueYen: 180000 },
    publicSector: { orderCount: 2, valueYen: 150000 },
    privateSector: { orderCount: 1, valueYen: 30000 },
    routine: { orderCount: 1, valueYen: 100000 },
    nonRoutine: { orderCount: 2, valueYen: 80000 },
    byClient: [
      { clientId: 'c', clientName: '立科町', sector: 'PUBLIC', orderCount: 2, valueYen: 150000 },
      { clientId: 'd', clientName: '信州', sector: 'PRIVATE', orderCount: 1, valueYen: 30000 },
    ],
    byCategory: [{ category: 'DATA_ENTRY', orderCount: 3, valueYen: 180000 }],
  };
  const WORKFORCE = {
    orgId: 'tateshina',
    fiscalYear: 2025,
    registeredWorkers: 3,
    activeWorkers: 2,
    workersEarningAtLeast10000: 1,
    totalPayYen: 19999,
    sharedWork: [{ taskOrgId: 'shiojiri', approvedMinutes: 90, payYen: 4000 }],
  };
  const asText = (o: unknown): unknown =>
    JSON.parse(JSON.stringify(o), (key, value: unknown) => (['valueYen', 'totalPayYen', 'payYen'].includes(key) ? String(value) : value));

  it('turns every stored amount into a decimal string, leaves counts and minutes numbers, and allows a target of 0', async () => {
    const sql = step.dataSource;
    await sql.query(
      `INSERT INTO org_year_snapshots (org_id, fiscal_year, taken_month, orders, workforce, taken_by) VALUES ('tateshina', 2025, '2026-03-01', $1, $2, 'admin')`,
      [JSON.stringify(ORDERS), JSON.stringify(WORKFORCE)],
    );
    await sql.query(
      `INSERT INTO consortium_year_snapshots (fiscal_year, taken_month, municipality_ids, taken_by) VALUES (2025, '2026-03-01', '{tateshina}', 'admin')`,
    );
    await expect(sql.query(`INSERT INTO kpi_targets VALUES ('tateshina', 2025, 'ORDER_VALUE', 0)`)).rejects.toThrow(/check constraint/);

    await step.apply();
    const [row] = await sql.query(`SELECT orders, workforce FROM org_year_snapshots`);
    expect(row).toEqual({ orders: asText(ORDERS), workforce: asText(WORKFORCE) });
    expect(row.orders.total).toEqual({ orderCount: 3, valueYen: '180000' });
    expect(await sql.query(`SELECT failed_members FROM consortium_year_snapshots`)).toEqual([{ failed_members: [] }]);
    await sql.query(`INSERT INTO kpi_targets VALUES ('tateshina', 2025, 'ORDER_VALUE', 0)`);
    await expect(sql.query(`INSERT INTO kpi_targets VALUES ('tateshina', 2026, 'ORDER_VALUE', -1)`)).rejects.toThrow(/check constraint/);
  });

  it('goes back down to numbers', async () => {
    const sql = step.dataSource;
    // Undo the later migrations, then this one.
    const applied = async () => ((await sql.query(`SELECT name FROM migrations`)) as { name: string }[]).map((r) => r.name);
    while ((await applied()).includes('YenSnapshots1765230000000')) await sql.undoLastMigration({ transaction: 'each' });
    const [row] = await sql.query(`SELECT orders, workforce FROM org_year_snapshots`);
    expect(row).toEqual({ orders: ORDERS, workforce: WORKFORCE });
    await step.apply();
  });
});
