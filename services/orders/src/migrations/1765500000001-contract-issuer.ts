import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A client contract keeps who it was made with on the member's side (DocumentIssuers), as an
 * invoice does in its snapshot: a municipality-run member's contracts are its partner operator's,
 * for the town's programme. Contracts made before have none; they read the issuer resolved now.
 */
export class ContractIssuer1765500000001 implements MigrationInterface {
  name = 'ContractIssuer1765500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts ADD COLUMN issuer jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contracts DROP COLUMN issuer`);
  }
}
