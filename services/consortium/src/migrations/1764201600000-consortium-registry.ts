import { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditLogTable, dropAuditLogTable } from '@kyodo/database';

export class ConsortiumRegistry1764201600000 implements MigrationInterface {
  name = 'ConsortiumRegistry1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE members (
        id text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9-]{1,62}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('MUNICIPALITY', 'OPERATOR', 'SUPPORT_BODY')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE member_nodes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        org_id text NOT NULL REFERENCES members (id),
        subgraph text NOT NULL CHECK (subgraph IN ('orders', 'workers', 'training')),
        url text NOT NULL CHECK (url ~ '^https?://'),
        status text NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'INCOMPATIBLE', 'DISABLED')),
        timeout_ms integer CHECK (timeout_ms BETWEEN 100 AND 120000),
        schema_hash text,
        schema_problem text,
        last_checked_at timestamptz,
        last_healthy_at timestamptz,
        last_error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- One node per member per subgraph: routing must never have to choose.
        CONSTRAINT member_nodes_one_per_subgraph UNIQUE (org_id, subgraph)
      )`);
    // Every change to the registry is a change to who gets traffic: keep the record.
    await createAuditLogTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAuditLogTable(q);
    await q.query(`DROP TABLE member_nodes`);
    await q.query(`DROP TABLE members`);
  }
}
