import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deliveries (納入) and their acceptance (検収). One delivery per order: it carries the tasks
 * that passed internal review and the amount billed for it; invoice lines now name the
 * delivery they bill. Orders that reached DELIVERED or later before this migration get the
 * delivery they would have had, so every invoiced line can point at one.
 */
export class Deliveries1763856000000 implements MigrationInterface {
  name = 'Deliveries1763856000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        order_id uuid NOT NULL REFERENCES orders (id),
        status text NOT NULL DEFAULT 'DELIVERED' CHECK (status IN ('DELIVERED', 'ACCEPTED')),
        amount_yen bigint NOT NULL CHECK (amount_yen >= 0),
        note text CHECK (length(note) <= 1000),
        delivered_at timestamptz(3) NOT NULL DEFAULT now(),
        delivered_by text NOT NULL,
        accepted_at timestamptz(3),
        accepted_by text,
        acceptance_note text CHECK (length(acceptance_note) <= 1000),
        CONSTRAINT deliveries_one_per_order UNIQUE (order_id),
        CONSTRAINT deliveries_acceptance_complete CHECK ((status = 'ACCEPTED') = (accepted_at IS NOT NULL AND accepted_by IS NOT NULL))
      )`);
    await q.query(`ALTER TABLE tasks ADD COLUMN delivery_id uuid REFERENCES deliveries (id)`);
    await q.query(`CREATE INDEX tasks_delivery ON tasks (delivery_id) WHERE delivery_id IS NOT NULL`);

    await q.query(`
      INSERT INTO deliveries (org_id, order_id, status, amount_yen, delivered_at, delivered_by, accepted_at, accepted_by)
      SELECT o.org_id, o.id, CASE WHEN o.status = 'DELIVERED' THEN 'DELIVERED' ELSE 'ACCEPTED' END, o.value_yen, now(), 'migration',
             CASE WHEN o.status = 'DELIVERED' THEN NULL ELSE now() END, CASE WHEN o.status = 'DELIVERED' THEN NULL ELSE 'migration' END
      FROM orders o WHERE o.status IN ('DELIVERED', 'ACCEPTED', 'INVOICED', 'PAID')`);
    await q.query(`UPDATE tasks t SET delivery_id = d.id FROM deliveries d WHERE d.order_id = t.order_id`);

    await q.query(`ALTER TABLE invoice_lines ADD COLUMN delivery_id uuid REFERENCES deliveries (id)`);
    await q.query(`CREATE UNIQUE INDEX invoice_lines_delivery_once ON invoice_lines (delivery_id) WHERE delivery_id IS NOT NULL`);
    // Issued lines never change; the backfill is the one exception, made before any new line.
    await q.query(`ALTER TABLE invoice_lines DISABLE TRIGGER invoice_lines_immutable`);
    await q.query(`UPDATE invoice_lines l SET delivery_id = d.id FROM deliveries d WHERE d.order_id = l.order_id`);
    await q.query(`ALTER TABLE invoice_lines ENABLE TRIGGER invoice_lines_immutable`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX invoice_lines_delivery_once`);
    await q.query(`ALTER TABLE invoice_lines DROP COLUMN delivery_id`);
    await q.query(`ALTER TABLE tasks DROP COLUMN delivery_id`);
    await q.query(`DROP TABLE deliveries`);
  }
}
