import { MigrationInterface, QueryRunner } from 'typeorm';
import { flippedStageSql, flipStagesToSkillMapV2 } from '@kyodo/database';

/** Feasibility checks keep their per-stage rows as JSON; each row's stage swaps too, listed A, B, C again. */
const flipCheckStages = (q: QueryRunner) =>
  q.query(`
    UPDATE feasibility_checks f SET stages = (
      SELECT coalesce(jsonb_agg(s.row || jsonb_build_object('stage', s.stage) ORDER BY s.stage), '[]'::jsonb)
      FROM (SELECT e AS row, ${flippedStageSql(`(e ->> 'stage')`)} AS stage FROM jsonb_array_elements(f.stages) AS e) s
    )`);

/**
 * Skill map version 2 (スキルマップ): A is the entry stage and C the most advanced, the other way
 * round from before. Orders' and pool offers' required stages and feasibility checks swap A and
 * C; B stays.
 */
export class SkillMapV21765100000000 implements MigrationInterface {
  name = 'SkillMapV21765100000000';

  async up(q: QueryRunner): Promise<void> {
    await flipStagesToSkillMapV2(
      q,
      { orders: ['required_stage'], pool_offers: ['required_stage'], feasibility_checks: ['required_stage'] },
      this.name,
    );
    await flipCheckStages(q);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['orders', 'pool_offers', 'feasibility_checks'])
      await q.query(`UPDATE ${table} SET required_stage = ${flippedStageSql('required_stage')}`);
    await flipCheckStages(q);
  }
}
