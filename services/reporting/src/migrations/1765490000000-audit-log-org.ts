import { MigrationInterface, QueryRunner } from 'typeorm';
import { addAuditLogOrgColumn, dropAuditLogOrgColumn } from '@kyodo/database';

/** Audit entries name the org they belong to (a node may host several members): see addAuditLogOrgColumn. */
export class AuditLogOrg1765490000000 implements MigrationInterface {
  name = 'AuditLogOrg1765490000000';

  async up(q: QueryRunner): Promise<void> {
    await addAuditLogOrgColumn(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await dropAuditLogOrgColumn(q);
  }
}
