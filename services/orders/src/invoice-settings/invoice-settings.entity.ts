import { BankAccountType } from '@kyodo/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** 預金種目: the kind of bank account payments are transferred to. */
// One list of account kinds for every subgraph (libs/domain).
export { BankAccountType };

registerEnumType(BankAccountType, { name: 'BankAccountType' });

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

  @Field(() => String, { nullable: true, description: '振込先: bank name, e.g. 八十二銀行.' })
  @Column({ name: 'bank_name', type: 'text', nullable: true })
  bankName!: string | null;

  @Field(() => String, { nullable: true, description: '振込先: branch name, e.g. 立科支店.' })
  @Column({ name: 'bank_branch', type: 'text', nullable: true })
  bankBranch!: string | null;

  @Field(() => BankAccountType, { nullable: true })
  @Column({ name: 'bank_account_type', type: 'text', nullable: true })
  bankAccountType!: BankAccountType | null;

  @Field(() => String, { nullable: true, description: 'Account number: 7 digits.' })
  @Column({ name: 'bank_account_number', type: 'text', nullable: true })
  bankAccountNumber!: string | null;

  @Field(() => String, { nullable: true, description: '口座名義 as the bank has it (usually katakana).' })
  @Column({ name: 'bank_account_holder', type: 'text', nullable: true })
  bankAccountHolder!: string | null;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
