import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1763683200000 implements MigrationInterface {
  name = 'Initial1763683200000';

  async up(q: QueryRunner): Promise<void> {
    // created_at keeps milliseconds: page cursors carry it as a JS Date, and a finer stored
    // value would make rows inside the cursor's millisecond fall between pages.
    await q.query(`
      CREATE TABLE clients (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        sector text NOT NULL CHECK (sector IN ('PUBLIC', 'PRIVATE')),
        contact_name text,
        contact_email text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX clients_org_name ON clients (org_id, name)`);
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL,
        client_id uuid NOT NULL REFERENCES clients (id),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        category text NOT NULL,
        routine boolean NOT NULL DEFAULT true,
        value_yen bigint NOT NULL CHECK (value_yen >= 0),
        estimated_hours integer NOT NULL CHECK (estimated_hours > 0),
        deadline date NOT NULL,
        required_stage text NOT NULL CHECK (required_stage IN ('A', 'B', 'C')),
        status text NOT NULL DEFAULT 'INQUIRY',
        lead_worker_org_id text,
        lead_worker_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((lead_worker_id IS NULL) = (lead_worker_org_id IS NULL))
      )`);
    await q.query(`CREATE INDEX orders_org_created ON orders (org_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX orders_client ON orders (client_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE orders`);
    await q.query(`DROP TABLE clients`);
  }
}
