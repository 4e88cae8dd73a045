import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { ORG_SCOPED_KEY } from '@kyodo/domain';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { InvoiceKind } from './invoice-kind.enum';
import type { InvoiceSnapshot } from './invoice-snapshot';

/** 請求書 (or its credit note). Issued once, never changed: the database refuses updates. */
@ObjectType('Invoice')
@Directive(ORG_SCOPED_KEY)
@Entity('invoices')
export class InvoiceEntity extends OrgScopedEntity {
  @Field()
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Field(() => InvoiceKind)
  @Column({ type: 'text' })
  kind!: InvoiceKind;

  @Field(() => String, { nullable: true, description: 'For a credit note: the invoice it corrects.' })
  @Column({ name: 'credits_invoice_id', type: 'uuid', nullable: true })
  creditsInvoiceId!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => Int)
  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Gapless per org and fiscal year, shared by invoices and credit notes; null on an imported invoice (see importReference).',
  })
  @Column({ type: 'integer', nullable: true })
  number!: number | null;

  @Field({ description: 'Issue date (Asia/Tokyo).' })
  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Field(() => YenScalar)
  @Column({ name: 'subtotal_yen', type: 'bigint', transformer: yenBigIntTransformer })
  subtotalYen!: bigint;

  @Field(() => YenScalar, { description: 'Consumption tax, rounded down once per rate.' })
  @Column({ name: 'tax_yen', type: 'bigint', transformer: yenBigIntTransformer })
  taxYen!: bigint;

  @Field(() => YenScalar)
  @Column({ name: 'total_yen', type: 'bigint', transformer: yenBigIntTransformer })
  totalYen!: bigint;

  @Field(() => String, {
    nullable: true,
    description: '支払期限 (Asia/Tokyo date); null on credit notes and on invoices issued before it was recorded.',
  })
  @Column({ name: 'payment_due_on', type: 'date', nullable: true })
  paymentDueOn!: string | null;

  /** What the document prints, fixed at issue; the PDF is drawn from it alone. Null only on documents issued before snapshots. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: InvoiceSnapshot | null;

  @Field(() => String, {
    nullable: true,
    description: 'The history import this invoice came in with (issued before the org used Kyodo); such an invoice never changes.',
  })
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true, update: false })
  importBatchId!: string | null;

  @Field(() => String, { nullable: true, description: "An imported invoice's number in the org's own books (請求書番号)." })
  @Column({ name: 'import_reference', type: 'text', nullable: true, update: false })
  importReference!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the import batch of an imported invoice was voided: it then counts nowhere.' })
  @Column({ name: 'voided_at', type: 'timestamptz', precision: 3, nullable: true, update: false })
  voidedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
