import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Basic contracts and pay statements keep who issued them (DocumentIssuers), as invoices and
 * commission terms already do in their snapshots: a municipality-run member's are issued by its
 * partner operator for the town's programme, and a document once issued never changes its
 * issuer. Rows written before have none; they are read with the issuer the node resolves now.
 */
export class DocumentIssuers1765500000000 implements MigrationInterface {
  name = 'DocumentIssuers1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE basic_contracts ADD COLUMN issuer jsonb`);
    await q.query(`ALTER TABLE pay_statements ADD COLUMN issuer jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pay_statements DROP COLUMN issuer`);
    await q.query(`ALTER TABLE basic_contracts DROP COLUMN issuer`);
  }
}
