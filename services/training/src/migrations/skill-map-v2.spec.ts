import { randomUUID } from 'node:crypto';
import { createTestDatabase, databaseBeforeMigration, MigrationStep, TestDatabase } from '@kyodo/testing';
import { trainingDataSourceOptions } from '../data-source';

/** Promotion rules and history stored in the old reading (C → B → A) read the skill map's way (A → B → C) after the migration. */
describe('migration to skill map version 2 (training)', () => {
  let db: TestDatabase;
  let step: MigrationStep;

  beforeAll(async () => {
    db = await createTestDatabase('training_skill_map_v2');
    step = await databaseBeforeMigration(trainingDataSourceOptions(db.url), 'SkillMapV21765100000000');
  });

  afterAll(async () => {
    await step?.close();
    await db?.drop();
  });

  const rows = async () => ({
    rules: (await step.dataSource.query(`SELECT org_id, axis, to_stage FROM promotion_rules ORDER BY org_id, axis, to_stage`)) as unknown[],
    promotions: (await step.dataSource.query(
      `SELECT from_stage || '→' || to_stage AS step, count(*)::int AS n FROM promotions GROUP BY 1 ORDER BY 1`,
    )) as unknown[],
  });

  it('swaps A and C in rules and history, and the checks then refuse the old reading', async () => {
    const sql = step.dataSource;
    for (const [axis, toStage] of [
      ['IT', 'B'],
      ['IT', 'A'],
      ['BUSINESS', 'B'],
      ['BUSINESS', 'A'],
    ]) {
      await sql.query(
        `INSERT INTO promotion_rules (org_id, axis, to_stage, min_work_minutes, updated_by) VALUES ('tateshina', $1, $2, 60, 'admin')`,
        [axis, toStage],
      );
    }
    const worker = randomUUID();
    for (const [axis, from, to] of [
      ['IT', 'C', 'B'],
      ['IT', 'B', 'A'],
      ['BUSINESS', 'C', 'B'],
    ]) {
      await sql.query(
        `INSERT INTO promotions (org_id, worker_id, axis, from_stage, to_stage, approved_minutes, completed_course_codes, promoted_by) VALUES ('tateshina', $1, $2, $3, $4, 60, '{}', 'director')`,
        [worker, axis, from, to],
      );
    }
    expect(await rows()).toEqual({
      rules: [
        ['BUSINESS', 'A'],
        ['BUSINESS', 'B'],
        ['IT', 'A'],
        ['IT', 'B'],
      ].map(([axis, to_stage]) => ({ org_id: 'tateshina', axis, to_stage })),
      promotions: [
        { step: 'B→A', n: 1 },
        { step: 'C→B', n: 2 },
      ],
    });

    await step.apply();

    expect(await rows()).toEqual({
      rules: [
        ['BUSINESS', 'B'],
        ['BUSINESS', 'C'],
        ['IT', 'B'],
        ['IT', 'C'],
      ].map(([axis, to_stage]) => ({ org_id: 'tateshina', axis, to_stage })),
      promotions: [
        { step: 'A→B', n: 2 },
        { step: 'B→C', n: 1 },
      ],
    });
    const [audit] = await sql.query(`SELECT detail FROM audit_log WHERE action = 'skill-map.version' ORDER BY id DESC LIMIT 1`);
    expect(audit.detail).toMatchObject({
      before: { 'promotion_rules.to_stage': { A: 2, B: 2, C: 0 }, 'promotions.from_stage': { A: 0, B: 1, C: 2 } },
      after: { 'promotion_rules.to_stage': { A: 0, B: 2, C: 2 }, 'promotions.from_stage': { A: 2, B: 1, C: 0 } },
    });
    await expect(
      sql.query(
        `INSERT INTO promotion_rules (org_id, axis, to_stage, min_work_minutes, updated_by) VALUES ('shiojiri', 'IT', 'A', 60, 'admin')`,
      ),
    ).rejects.toThrow(/promotion_rules_to_stage_check/);
    await expect(
      sql.query(
        `INSERT INTO promotions (org_id, worker_id, axis, from_stage, to_stage, approved_minutes, completed_course_codes, promoted_by) VALUES ('tateshina', $1, 'BUSINESS', 'C', 'B', 0, '{}', 'x')`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/check/);
  });
});
