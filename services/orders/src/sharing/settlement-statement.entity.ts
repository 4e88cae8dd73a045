import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ORG_SCOPED_KEY } from '@kyodo/domain';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { SettlementLine, settlementLinesTransformer } from './settlement-line.model';

/**
 * 精算書: what the owner (`orgId`) owes one partner for a month of shared work. Both sides see
 * and confirm it; once either confirmed, the database lets nothing but the other confirmation change.
 * An entity: the workers node's prepareSettlement names it, and the gateway fetches it from here.
 */
@ObjectType('SettlementStatement')
@Directive(ORG_SCOPED_KEY)
@Entity('settlement_statements')
export class SettlementStatementEntity extends OrgScopedEntity {
  @Field()
  @Column({ name: 'partner_org_id', type: 'text' })
  partnerOrgId!: string;

  /** First day of the month; exposed as YYYY-MM by the resolver. */
  @Column({ type: 'date' })
  month!: string;

  @Field(() => [SettlementLine], { description: "The month's own lines, then adjustments for earlier settled months." })
  @Column({ type: 'jsonb', transformer: settlementLinesTransformer })
  lines!: SettlementLine[];

  @Field(() => Int)
  @Column({ name: 'approved_minutes', type: 'integer' })
  approvedMinutes!: number;

  @Field(() => YenScalar, { description: 'What the owner owes the partner, in yen, adjustments included.' })
  @Column({ name: 'total_yen', type: 'bigint', transformer: yenBigIntTransformer })
  totalYen!: bigint;

  @Column({ name: 'prepared_by', type: 'text' })
  preparedBy!: string;

  @Column({ name: 'owner_confirmed_by', type: 'text', nullable: true })
  ownerConfirmedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'owner_confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  ownerConfirmedAt!: Date | null;

  @Column({ name: 'partner_confirmed_by', type: 'text', nullable: true })
  partnerConfirmedBy!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'partner_confirmed_at', type: 'timestamptz', precision: 3, nullable: true })
  partnerConfirmedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The history import this statement came in with (settled before the org used Kyodo); such a statement never changes.',
  })
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true })
  importBatchId!: string | null;

  /** When its import batch was voided; a voided statement counts nowhere and frees its month. */
  @Column({ name: 'voided_at', type: 'timestamptz', precision: 3, nullable: true })
  voidedAt!: Date | null;
}
