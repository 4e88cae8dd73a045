import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { yenTransformer } from '@kyodo/database';
import { PayBasis } from '../assignments/pay-basis.enum';

/** One assignment's pay within a statement. */
@ObjectType('PayStatementLine')
@Entity('pay_statement_lines')
export class PayStatementLineEntity {
  @PrimaryColumn({ name: 'statement_id', type: 'uuid' })
  statementId!: string;

  @Field(() => ID)
  @PrimaryColumn({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Field(() => PayBasis)
  @Column({ name: 'pay_basis', type: 'text' })
  payBasis!: PayBasis;

  @Field(() => Int, { description: 'Approved minutes of the month.' })
  @Column({ type: 'integer' })
  minutes!: number;

  @Field(() => Int, { nullable: true, description: 'Approved pieces of the month; null for HOURLY pay.' })
  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @Field(() => Int, { description: 'Yen per hour (HOURLY) or per piece (PIECE).' })
  @Column({ name: 'rate_yen', type: 'bigint', transformer: yenTransformer })
  rateYen!: number;

  @Field(() => Int)
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenTransformer })
  amountYen!: number;

  @Field({ description: 'Whether this line is subject to withholding tax (源泉徴収).' })
  @Column({ type: 'boolean' })
  withholding!: boolean;
}
