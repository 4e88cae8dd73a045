import { BankAccountType } from '@kyodo/domain';
import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';

/** 預金種目 as the Zengin transfer format knows them. */
// One list of account kinds for every subgraph (libs/domain).
export { BankAccountType };
registerEnumType(BankAccountType, { name: 'BankAccountType' });

/** The account pay goes to, as stored sealed (bank-account.ts). */
export interface BankAccount {
  bankCode: string;
  branchCode: string;
  accountType: BankAccountType;
  accountNumber: string;
  holderKana: string;
}

/** What the worker sees back: enough to recognise the account, never the whole number. */
@ObjectType('MaskedBankAccount')
export class MaskedBankAccount {
  @Field({ description: '金融機関コード, 4 digits.' })
  bankCode!: string;

  @Field({ description: '支店コード, 3 digits.' })
  branchCode!: string;

  @Field(() => BankAccountType)
  accountType!: BankAccountType;

  @Field({ description: 'The last 3 digits of the account number.' })
  accountNumberLast3!: string;

  @Field({ description: '口座名義 in katakana.' })
  holderKana!: string;
}
