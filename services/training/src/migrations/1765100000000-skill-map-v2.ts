import { MigrationInterface, QueryRunner } from 'typeorm';
import { flippedStageSql, flipStagesToSkillMapV2 } from '@kyodo/database';

/** The checks on promotion stages, for one reading of the skill map: [entry, middle, top]. */
async function stageChecks(q: QueryRunner, [entry, middle, top]: readonly [string, string, string]): Promise<void> {
  await q.query(`ALTER TABLE promotion_rules ADD CONSTRAINT promotion_rules_to_stage_check CHECK (to_stage IN ('${middle}', '${top}'))`);
  await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_from_stage_check CHECK (from_stage IN ('${entry}', '${middle}'))`);
  await q.query(`ALTER TABLE promotions ADD CONSTRAINT promotions_to_stage_check CHECK (to_stage IN ('${middle}', '${top}'))`);
  await q.query(
    `ALTER TABLE promotions ADD CONSTRAINT promotions_check CHECK ((from_stage, to_stage) IN (('${entry}', '${middle}'), ('${middle}', '${top}')))`,
  );
}

async function dropStageChecks(q: QueryRunner): Promise<void> {
  await q.query(`ALTER TABLE promotion_rules DROP CONSTRAINT promotion_rules_to_stage_check`);
  for (const name of ['promotions_from_stage_check', 'promotions_to_stage_check', 'promotions_check'])
    await q.query(`ALTER TABLE promotions DROP CONSTRAINT ${name}`);
}

/**
 * Skill map version 2 (スキルマップ): A is the entry stage and C the most advanced, the other way
 * round from before. Promotion rules (to B, to A → to B, to C) and the promotion history
 * (C → B, B → A → A → B, B → C) swap A and C, with their checks.
 */
export class SkillMapV21765100000000 implements MigrationInterface {
  name = 'SkillMapV21765100000000';

  async up(q: QueryRunner): Promise<void> {
    await dropStageChecks(q);
    await flipStagesToSkillMapV2(q, { promotion_rules: ['to_stage'], promotions: ['from_stage', 'to_stage'] }, this.name);
    await stageChecks(q, ['A', 'B', 'C']);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropStageChecks(q);
    await q.query(`UPDATE promotion_rules SET to_stage = ${flippedStageSql('to_stage')}`);
    await q.query(`UPDATE promotions SET from_stage = ${flippedStageSql('from_stage')}, to_stage = ${flippedStageSql('to_stage')}`);
    await stageChecks(q, ['C', 'B', 'A']);
  }
}
