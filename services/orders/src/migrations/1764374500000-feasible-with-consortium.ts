import { MigrationInterface, QueryRunner } from 'typeorm';

/** 受託確認 may now answer FEASIBLE_WITH_CONSORTIUM: short on the org's own, covered with partner members' free capacity. */
export class FeasibleWithConsortium1764374500000 implements MigrationInterface {
  name = 'FeasibleWithConsortium1764374500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE feasibility_checks DROP CONSTRAINT feasibility_checks_verdict_check, ADD CONSTRAINT feasibility_checks_verdict_check CHECK (verdict IN ('FEASIBLE', 'SHORT', 'FEASIBLE_WITH_CONSORTIUM'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE feasibility_checks DROP CONSTRAINT feasibility_checks_verdict_check, ADD CONSTRAINT feasibility_checks_verdict_check CHECK (verdict IN ('FEASIBLE', 'SHORT'))`,
    );
  }
}
