import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { YenScalar } from '@kyodo/subgraph';

/** 入金: money the client paid against an invoice. Recorded once, never changed (the database refuses). */
@ObjectType('InvoicePayment')
@Entity('invoice_payments')
export class InvoicePaymentEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field()
  @Column({ name: 'org_id', type: 'text' })
  orgId!: string;

  @Field()
  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  @Field({ description: 'The day the money arrived (Asia/Tokyo date).' })
  @Column({ name: 'received_on', type: 'date' })
  receivedOn!: string;

  @Field(() => YenScalar)
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenBigIntTransformer })
  amountYen!: bigint;

  @Field(() => String, { nullable: true, description: 'e.g. the transfer reference on the bank statement.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field({ description: 'Keycloak user id of who recorded it.' })
  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The history import this payment came in with (received before the org used Kyodo).',
  })
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true, update: false })
  importBatchId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the import batch of an imported payment was voided: it then counts nowhere.' })
  @Column({ name: 'voided_at', type: 'timestamptz', precision: 3, nullable: true, update: false })
  voidedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
