import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The org as issuer of its invoices (適格請求書発行事業者); one row per org. */
@ObjectType('InvoiceSettings')
@Entity('invoice_settings')
export class InvoiceSettingsEntity {
  @Field()
  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @Field({ description: 'The issuer name printed on invoices, e.g. "一般社団法人 立科テレワークセンター".' })
  @Column({ name: 'issuer_name' })
  issuerName!: string;

  @Field(() => String, { nullable: true, description: 'Qualified-invoice registration number (登録番号): T and 13 digits.' })
  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
