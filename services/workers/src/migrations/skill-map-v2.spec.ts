import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseBeforeMigration, MigrationStep, TestDatabase } from '@kyodo/testing';
import { workersDataSourceOptions } from '../data-source';

type Counts = Record<'A' | 'B' | 'C', number>;

/** Workers and assignments stored in the old reading (A most experienced) read the skill map's way after the migration. */
describe('migration to skill map version 2 (workers)', () => {
  let db: TestDatabase;
  let step: MigrationStep;

  beforeAll(async () => {
    db = await createTestDatabase('workers_skill_map_v2');
    step = await databaseBeforeMigration(workersDataSourceOptions(db.url), 'SkillMapV21765100000000');
  });

  afterAll(async () => {
    await step?.close();
    await db?.drop();
  });

  const counts = async (table: string, column: string): Promise<Counts> =>
    (
      await step.dataSource.query(
        `SELECT count(*) FILTER (WHERE ${column} = 'A')::int AS "A", count(*) FILTER (WHERE ${column} = 'B')::int AS "B", count(*) FILTER (WHERE ${column} = 'C')::int AS "C" FROM ${table}`,
      )
    )[0];

  it('swaps A and C in workers’ stages and assignments’ required stages, keeps B and empty requirements, and audits the counts', async () => {
    const sql = step.dataSource;
    const ids: string[] = [];
    for (const [it, business] of [
      ['A', 'A'],
      ['A', 'B'],
      ['C', 'B'],
      ['B', 'C'],
      ['A', 'C'],
    ]) {
      const [{ id }] = await sql.query(
        `INSERT INTO workers (org_id, family_name, given_name, family_name_kana, given_name_kana, it_stage, business_stage, monthly_hour_cap)
         VALUES ('tateshina', '北原', '太郎', 'キタハラ', 'タロウ', $1, $2, 80) RETURNING id`,
        [it, business],
      );
      ids.push(id);
    }
    for (const [it, business] of [
      ['A', null],
      ['C', 'B'],
      [null, null],
    ]) {
      await sql.query(
        `INSERT INTO assignments (org_id, worker_id, task_org_id, task_id, period_from, period_to, planned_minutes, hourly_rate_yen, required_it_stage, required_business_stage)
         VALUES ('tateshina', $1, 'tateshina', $2, '2026-04-01', '2026-04-30', 60, 1000, $3, $4)`,
        [ids[0], randomUUID(), it, business],
      );
    }
    const before = {
      it: await counts('workers', 'it_stage'),
      business: await counts('workers', 'business_stage'),
      requiredIt: await counts('assignments', 'required_it_stage'),
      requiredBusiness: await counts('assignments', 'required_business_stage'),
    };
    expect(before).toEqual({
      it: { A: 3, B: 1, C: 1 },
      business: { A: 1, B: 2, C: 2 },
      requiredIt: { A: 1, B: 0, C: 1 },
      requiredBusiness: { A: 0, B: 1, C: 0 },
    });

    await step.apply();

    expect({
      it: await counts('workers', 'it_stage'),
      business: await counts('workers', 'business_stage'),
      requiredIt: await counts('assignments', 'required_it_stage'),
      requiredBusiness: await counts('assignments', 'required_business_stage'),
    }).toEqual({
      it: { A: 1, B: 1, C: 3 },
      business: { A: 2, B: 2, C: 1 },
      requiredIt: { A: 1, B: 0, C: 1 },
      requiredBusiness: { A: 0, B: 1, C: 0 },
    });
    expect(
      await sql.query(`SELECT it_stage, business_stage FROM workers WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)`, [
        ids,
      ]),
    ).toEqual(
      [
        ['C', 'C'],
        ['C', 'B'],
        ['A', 'B'],
        ['B', 'A'],
        ['C', 'A'],
      ].map(([it_stage, business_stage]) => ({ it_stage, business_stage })),
    );
    expect(
      await sql.query(`SELECT required_it_stage AS it, required_business_stage AS business FROM assignments ORDER BY created_at, id`),
    ).toEqual(
      expect.arrayContaining([
        { it: 'C', business: null },
        { it: 'A', business: 'B' },
        { it: null, business: null },
      ]),
    );
    const [audit] = await sql.query(
      `SELECT actor_id, action, detail FROM audit_log WHERE action = 'skill-map.version' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toMatchObject({
      actor_id: 'migration',
      detail: {
        before: { 'workers.it_stage': before.it, 'assignments.required_it_stage': before.requiredIt },
        after: { 'workers.it_stage': { A: 1, B: 1, C: 3 } },
      },
    });
  });
});
