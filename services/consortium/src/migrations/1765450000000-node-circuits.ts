import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each gateway replica last reported of its circuit breakers, per node. Rows are replaced
 * by every report of the same replica; a replica that stops reporting goes stale and is no longer
 * shown (and is pruned after an hour).
 */
export class NodeCircuits1765450000000 implements MigrationInterface {
  name = 'NodeCircuits1765450000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE node_circuits (
        gateway_id uuid NOT NULL,
        org_id text NOT NULL,
        subgraph text NOT NULL,
        state text NOT NULL CHECK (state IN ('CLOSED', 'OPEN', 'HALF_OPEN')),
        reported_at timestamptz NOT NULL,
        PRIMARY KEY (gateway_id, org_id, subgraph)
      )
    `);
    await q.query(`CREATE INDEX node_circuits_node ON node_circuits (org_id, subgraph, reported_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE node_circuits`);
  }
}
