import { createTestDatabase, databaseBeforeMigration, MigrationStep, TestDatabase } from '@kyodo/testing';
import { ordersDataSourceOptions } from '../data-source';

type Counts = Record<'A' | 'B' | 'C', number>;
const stagesOf = (free: [number, number, number]) =>
  ['A', 'B', 'C'].map((stage, i) => ({ stage, requiredMinutes: i === 0 ? 60 : 0, freeMinutes: free[i], shortMinutes: 0 }));

/** Orders, pool offers and feasibility checks stored in the old reading (A most experienced) read the skill map's way after the migration. */
describe('migration to skill map version 2 (orders)', () => {
  let db: TestDatabase;
  let step: MigrationStep;

  beforeAll(async () => {
    db = await createTestDatabase('orders_skill_map_v2');
    step = await databaseBeforeMigration(ordersDataSourceOptions(db.url), 'SkillMapV21765100000000');
  });

  afterAll(async () => {
    await step?.close();
    await db?.drop();
  });

  const counts = async (table: string): Promise<Counts> =>
    (
      await step.dataSource.query(
        `SELECT count(*) FILTER (WHERE required_stage = 'A')::int AS "A", count(*) FILTER (WHERE required_stage = 'B')::int AS "B", count(*) FILTER (WHERE required_stage = 'C')::int AS "C" FROM ${table}`,
      )
    )[0];

  it('swaps A and C in required stages and in each check’s per-stage rows, listed A, B, C again', async () => {
    const sql = step.dataSource;
    const [{ id: clientId }] = await sql.query(
      `INSERT INTO clients (org_id, name, sector) VALUES ('tateshina', '立科町', 'PUBLIC') RETURNING id`,
    );
    const orderIds: string[] = [];
    for (const stage of ['A', 'A', 'B', 'C', 'C', 'C']) {
      const [{ id }] = await sql.query(
        `INSERT INTO orders (org_id, client_id, title, category, value_yen, estimated_hours, deadline, required_stage) VALUES ('tateshina', $1, '移行', 'DATA_ENTRY', 10000, 10, '2099-03-31', $2) RETURNING id`,
        [clientId, stage],
      );
      orderIds.push(id);
    }
    const [{ id: taskId }] = await sql.query(
      `INSERT INTO tasks (org_id, order_id, title, pay_basis, hours, pay_rate_yen, value_yen) VALUES ('tateshina', $1, '入力', 'HOURLY', 10, 1000, 10000) RETURNING id`,
      [orderIds[0]],
    );
    for (const stage of ['A', 'C']) {
      await sql.query(
        `INSERT INTO pool_offers (org_id, order_id, task_id, title, hours, required_stage, deadline, rate_yen, published_by) VALUES ('tateshina', $1, $2, '入力', 1, $3, '2099-03-01', 1000, 'director')`,
        [orderIds[0], taskId, stage],
      );
    }
    // Old reading: the A work was drawn from A's 10 free minutes, C's 30 were the beginners'.
    await sql.query(
      `INSERT INTO feasibility_checks (org_id, order_id, verdict, period_from, period_to, required_stage, required_minutes, short_minutes, stages, checked_by)
       VALUES ('tateshina', $1, 'FEASIBLE', '2026-04-01', '2026-04-30', 'A', 60, 0, $2, 'director')`,
      [orderIds[0], JSON.stringify(stagesOf([10, 20, 30]))],
    );
    const before = { orders: await counts('orders'), poolOffers: await counts('pool_offers'), checks: await counts('feasibility_checks') };
    expect(before).toEqual({ orders: { A: 2, B: 1, C: 3 }, poolOffers: { A: 1, B: 0, C: 1 }, checks: { A: 1, B: 0, C: 0 } });

    await step.apply();

    expect({ orders: await counts('orders'), poolOffers: await counts('pool_offers'), checks: await counts('feasibility_checks') }).toEqual(
      {
        orders: { A: 3, B: 1, C: 2 },
        poolOffers: { A: 1, B: 0, C: 1 },
        checks: { A: 0, B: 0, C: 1 },
      },
    );
    expect((await sql.query(`SELECT required_stage FROM orders WHERE id = $1`, [orderIds[0]]))[0].required_stage).toBe('C');
    expect((await sql.query(`SELECT stages FROM feasibility_checks`))[0].stages).toEqual([
      { stage: 'A', requiredMinutes: 0, freeMinutes: 30, shortMinutes: 0 },
      { stage: 'B', requiredMinutes: 0, freeMinutes: 20, shortMinutes: 0 },
      { stage: 'C', requiredMinutes: 60, freeMinutes: 10, shortMinutes: 0 },
    ]);
    const [audit] = await sql.query(`SELECT detail FROM audit_log WHERE action = 'skill-map.version' ORDER BY id DESC LIMIT 1`);
    expect(audit.detail).toMatchObject({
      before: { 'orders.required_stage': before.orders },
      after: { 'orders.required_stage': { A: 3, B: 1, C: 2 } },
    });
  });
});
