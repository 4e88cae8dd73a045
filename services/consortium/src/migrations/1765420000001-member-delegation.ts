import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a municipality-run member delegates to its partner operator (#17): the functions the
 * operator's staff may act on for it, and which of those acts only the operator may do (its
 * confirmation). Both are set per member; the defaults are the operators' starred function list
 * and "issuing an invoice, closing pay" (libs/domain delegation.ts), written at onboarding.
 */
export class MemberDelegation1765420000001 implements MigrationInterface {
  name = 'MemberDelegation1765420000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members ADD COLUMN delegated_functions text[] NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE members ADD COLUMN operator_confirmations text[] NOT NULL DEFAULT '{}'`);
    // Members already run by a partner operator get the defaults, as an onboarding today would give them.
    await q.query(
      `UPDATE members SET
         delegated_functions = ARRAY['FEASIBILITY_CHECK','CLIENT_CONTRACT','INVOICING','BASIC_CONTRACT','ASSIGNMENT','COMMISSION_CONTRACT','ATTENDANCE','PAYMENT'],
         operator_confirmations = ARRAY['Mutation.issueInvoice','Mutation.closePayMonth']
       WHERE partner_operator_id IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE members ADD CONSTRAINT members_delegation_needs_operator CHECK (partner_operator_id IS NOT NULL OR (delegated_functions = '{}' AND operator_confirmations = '{}'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE members DROP CONSTRAINT members_delegation_needs_operator`);
    await q.query(`ALTER TABLE members DROP COLUMN operator_confirmations`);
    await q.query(`ALTER TABLE members DROP COLUMN delegated_functions`);
  }
}
