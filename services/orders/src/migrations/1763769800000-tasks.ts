import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tasks (作業) and the guard that their hours and values never exceed the order's. The totals
 * live on the order row and a trigger moves them in the same statement as the task change:
 * the UPDATE locks the order row, so concurrent writers queue on it and each one's CHECK sees
 * the committed sum of the ones before. No code path (or psql session) can get around it.
 */
export class Tasks1763769800000 implements MigrationInterface {
  name = 'Tasks1763769800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE orders
        ADD COLUMN task_hours_total integer NOT NULL DEFAULT 0,
        ADD COLUMN task_value_total bigint NOT NULL DEFAULT 0,
        ADD CONSTRAINT orders_task_hours_within CHECK (task_hours_total <= estimated_hours),
        ADD CONSTRAINT orders_task_value_within CHECK (task_value_total <= value_yen)`);
    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        order_id uuid NOT NULL REFERENCES orders (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        pay_basis text NOT NULL CHECK (pay_basis IN ('HOURLY', 'PIECE')),
        hours integer NOT NULL CHECK (hours >= 0),
        quantity integer CHECK (quantity > 0),
        pay_rate_yen bigint NOT NULL CHECK (pay_rate_yen >= 0),
        value_yen bigint NOT NULL CHECK (value_yen >= 0),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PASSED', 'RETURNED')),
        review_comment text CHECK (length(review_comment) <= 1000),
        reviewed_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT tasks_quantity_for_piece_work CHECK ((pay_basis = 'PIECE') = (quantity IS NOT NULL)),
        CONSTRAINT tasks_hours_for_hourly_work CHECK (pay_basis = 'PIECE' OR hours > 0)
      )`);
    await q.query(`CREATE INDEX tasks_order ON tasks (order_id, created_at, id)`);
    await q.query(`
      CREATE FUNCTION tasks_keep_order_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE orders SET task_hours_total = task_hours_total - OLD.hours, task_value_total = task_value_total - OLD.value_yen
          WHERE id = OLD.order_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          UPDATE orders SET task_hours_total = task_hours_total + NEW.hours, task_value_total = task_value_total + NEW.value_yen
          WHERE id = NEW.order_id;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tasks_order_totals AFTER INSERT OR DELETE OR UPDATE OF hours, value_yen, order_id ON tasks
      FOR EACH ROW EXECUTE FUNCTION tasks_keep_order_totals()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE tasks`);
    await q.query(`DROP FUNCTION tasks_keep_order_totals()`);
    await q.query(`
      ALTER TABLE orders
        DROP CONSTRAINT orders_task_hours_within, DROP CONSTRAINT orders_task_value_within,
        DROP COLUMN task_hours_total, DROP COLUMN task_value_total`);
  }
}
