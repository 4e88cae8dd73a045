import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { YenScalar } from '@kyodo/subgraph';
import { PayBasis } from '../assignments/pay-basis.enum';
import { yearMonthTransformer } from './pay-statement.entity';

/** One assignment's pay within a statement, per month worked: the statement's own month, or an adjustment (調整) for an earlier, closed one. */
@ObjectType('PayStatementLine')
@Entity('pay_statement_lines')
export class PayStatementLineEntity {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid' })
  statementId!: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Field({ description: 'The month worked, YYYY-MM.' })
  @PrimaryColumn({ name: 'worked_month', type: 'date', transformer: yearMonthTransformer })
  workedMonth!: string;

  /** Set by the statement's lines resolver, which knows the statement's month. */
  @Field(() => String, {
    nullable: true,
    description:
      "For an adjustment (調整): the month worked (YYYY-MM), whose pay was closed before this work was approved; null for the statement month's own work.",
  })
  adjustmentOf?: string | null;

  @Field(() => PayBasis)
  @Column({ name: 'pay_basis', type: 'text' })
  payBasis!: PayBasis;

  @Field(() => Int, { description: 'Approved minutes of the month.' })
  @Column({ type: 'integer' })
  minutes!: number;

  @Field(() => Int, { nullable: true, description: 'Approved pieces of the month; null for HOURLY pay.' })
  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @Field(() => YenScalar, { description: 'Yen per hour (HOURLY) or per piece (PIECE).' })
  @Column({ name: 'rate_yen', type: 'bigint', transformer: yenBigIntTransformer })
  rateYen!: bigint;

  @Field(() => YenScalar)
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenBigIntTransformer })
  amountYen!: bigint;

  @Field({ description: 'Whether this line is subject to withholding tax (源泉徴収).' })
  @Column({ type: 'boolean' })
  withholding!: boolean;
}
