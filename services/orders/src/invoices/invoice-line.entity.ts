import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { YenScalar } from '@kyodo/subgraph';

@ObjectType('InvoiceLine')
@Entity('invoice_lines')
export class InvoiceLineEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'The accepted order the line bills; null on credit notes.' })
  @Column({ name: 'order_id', type: 'uuid', nullable: true })
  orderId!: string | null;

  @Field(() => String, { nullable: true, description: 'The accepted delivery (検収済みの納入) the line bills; null on credit notes.' })
  @Column({ name: 'delivery_id', type: 'uuid', nullable: true })
  deliveryId!: string | null;

  @Field(() => String, { nullable: true, description: 'On a credit note: the line of the credited invoice it reduces.' })
  @Column({ name: 'credits_line_id', type: 'uuid', nullable: true })
  creditsLineId!: string | null;

  @Field()
  @Column()
  description!: string;

  @Field(() => YenScalar, { description: 'Amount in yen before tax.' })
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenBigIntTransformer })
  amountYen!: bigint;

  @Field(() => Int)
  @Column({ name: 'tax_rate_percent', type: 'integer' })
  taxRatePercent!: number;
}
