import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, ValueTransformer } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import type { DocumentIssuer } from '@kyodo/domain';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { firstDayOf } from './year-month';

/** The month column holds the first day; the API speaks of "YYYY-MM". */
export const yearMonthTransformer: ValueTransformer = {
  to: (value: unknown) => (typeof value === 'string' ? firstDayOf(value) : value),
  from: (value: string | null) => value?.slice(0, 7) ?? null,
};

/** 支払明細: what a worker is paid for one closed month, final once written. */
@ObjectType('PayStatement')
@Entity('pay_statements')
export class PayStatementEntity extends OrgScopedEntity {
  @Field({ description: 'The pay month, YYYY-MM.' })
  @Column({ type: 'date', transformer: yearMonthTransformer })
  month!: string;

  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Field(() => Int, { description: 'Approved minutes over all lines.' })
  @Column({ type: 'integer' })
  minutes!: number;

  @Field(() => YenScalar, { description: 'Pay before withholding, yen.' })
  @Column({ name: 'gross_yen', type: 'bigint', transformer: yenBigIntTransformer })
  grossYen!: bigint;

  @Field(() => YenScalar, { description: 'The part of the gross subject to withholding tax (源泉徴収), yen.' })
  @Column({ name: 'withholding_base_yen', type: 'bigint', transformer: yenBigIntTransformer })
  withholdingBaseYen!: bigint;

  @Field(() => YenScalar, { description: 'Withholding tax (源泉徴収税額), yen.' })
  @Column({ name: 'withholding_yen', type: 'bigint', transformer: yenBigIntTransformer })
  withholdingYen!: bigint;

  @Field(() => YenScalar, { description: 'What is paid out: gross less withholding, yen.' })
  @Column({ name: 'net_yen', type: 'bigint', transformer: yenBigIntTransformer })
  netYen!: bigint;

  /** Who issued it (DocumentIssuers), fixed when written; null on rows from before it was kept. Exposed as `issuer`. */
  @Column({ type: 'jsonb', nullable: true })
  issuer!: DocumentIssuer | null;

  @Field({ description: 'When the month was closed and the statement written (for imported pay: when it was imported).' })
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Set on pay imported from the org's own books (imported_pay_statements), never on a statement Kyodo wrote. */
  importBatchId?: string | null;
}
