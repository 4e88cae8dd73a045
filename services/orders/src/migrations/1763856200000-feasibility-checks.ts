import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Feasibility checks (受託確認): each check of an order is kept as it was made (the capacity it
 * saw changes daily), so the order shows its latest and the history explains past decisions.
 * The verdict list grows by migration when FEASIBLE_WITH_CONSORTIUM arrives.
 */
export class FeasibilityChecks1763856200000 implements MigrationInterface {
  name = 'FeasibilityChecks1763856200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE feasibility_checks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        order_id uuid NOT NULL REFERENCES orders (id),
        verdict text NOT NULL CHECK (verdict IN ('FEASIBLE', 'SHORT')),
        period_from date NOT NULL,
        period_to date NOT NULL,
        required_stage text NOT NULL CHECK (required_stage IN ('A', 'B', 'C')),
        required_minutes integer NOT NULL CHECK (required_minutes > 0),
        short_minutes integer NOT NULL CHECK (short_minutes >= 0),
        stages jsonb NOT NULL,
        checked_by text NOT NULL,
        checked_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (period_from <= period_to),
        CHECK ((verdict = 'FEASIBLE') = (short_minutes = 0))
      )`);
    await q.query(`CREATE INDEX feasibility_checks_order ON feasibility_checks (order_id, checked_at DESC, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE feasibility_checks`);
  }
}
