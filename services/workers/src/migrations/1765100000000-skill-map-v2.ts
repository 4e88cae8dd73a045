import { MigrationInterface, QueryRunner } from 'typeorm';
import { flippedStageSql, flipStagesToSkillMapV2 } from '@kyodo/database';

/**
 * Skill map version 2 (スキルマップ): A is the entry stage and C the most advanced, the other way
 * round from before. Workers' stages and assignments' required stages swap A and C; B stays.
 */
export class SkillMapV21765100000000 implements MigrationInterface {
  name = 'SkillMapV21765100000000';

  async up(q: QueryRunner): Promise<void> {
    await flipStagesToSkillMapV2(
      q,
      { workers: ['it_stage', 'business_stage'], assignments: ['required_it_stage', 'required_business_stage'] },
      this.name,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE workers SET it_stage = ${flippedStageSql('it_stage')}, business_stage = ${flippedStageSql('business_stage')}`);
    await q.query(
      `UPDATE assignments SET required_it_stage = ${flippedStageSql('required_it_stage')}, required_business_stage = ${flippedStageSql('required_business_stage')}`,
    );
  }
}
