import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { BankAccountType } from '../zengin/bank-account';

/**
 * 支払設定: the member's pay calendar (締め日・支払日) and the account its transfers leave from
 * (振込元, with the 委託者コード its bank assigned for bulk transfers). One row per org.
 */
@ObjectType('PaySettings')
@Entity('pay_settings')
export class PaySettingsEntity {
  @Field()
  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @Field(() => Int, {
    description: '締め日: day of the work month whose end counts the work as received; 31 means the month’s last day (末日).',
  })
  @Column({ name: 'closing_day', type: 'smallint' })
  closingDay!: number;

  @Field(() => Int, { description: 'The month pay is made in: 0 the work month (当月), 1 the next (翌月), 2 the one after (翌々月).' })
  @Column({ name: 'payment_month_offset', type: 'smallint' })
  paymentMonthOffset!: number;

  @Field(() => Int, { description: '支払日: day of the payment month; 31 means its last day (末日).' })
  @Column({ name: 'payment_day', type: 'smallint' })
  paymentDay!: number;

  @Field({ description: '委託者コード: the 10 digits the member’s bank assigned for bulk transfers (総合振込).' })
  @Column({ name: 'consignor_code' })
  consignorCode!: string;

  @Field({ description: '委託者名 in kana, as the bank holds it.' })
  @Column({ name: 'consignor_name_kana' })
  consignorNameKana!: string;

  @Field({ description: '仕向銀行: 4-digit bank code of the account transfers leave from.' })
  @Column({ name: 'bank_code' })
  bankCode!: string;

  @Field()
  @Column({ name: 'bank_name_kana' })
  bankNameKana!: string;

  @Field({ description: '3-digit branch code.' })
  @Column({ name: 'branch_code' })
  branchCode!: string;

  @Field()
  @Column({ name: 'branch_name_kana' })
  branchNameKana!: string;

  @Field(() => BankAccountType)
  @Column({ name: 'account_type', type: 'text' })
  accountType!: BankAccountType;

  @Field({ description: '7-digit account number.' })
  @Column({ name: 'account_number' })
  accountNumber!: string;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by' })
  updatedBy!: string;
}
