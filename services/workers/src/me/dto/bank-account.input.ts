import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, Matches } from 'class-validator';
import { BankAccountType } from '../bank-account.model';

@InputType()
export class BankAccountInput {
  @Field({ description: '金融機関コード, 4 digits.' })
  @Matches(/^\d{4}$/, { message: 'bankCode must be 4 digits' })
  bankCode!: string;

  @Field({ description: '支店コード, 3 digits.' })
  @Matches(/^\d{3}$/, { message: 'branchCode must be 3 digits' })
  branchCode!: string;

  @Field(() => BankAccountType)
  @IsEnum(BankAccountType)
  accountType!: BankAccountType;

  @Field({ description: '口座番号, 7 digits.' })
  @Matches(/^\d{7}$/, { message: 'accountNumber must be 7 digits' })
  accountNumber!: string;

  /** Full-width katakana, the long vowel mark, spaces and the few signs bank names use. */
  @Field({ description: '口座名義 in full-width katakana, e.g. コバヤシ マコト.' })
  @Matches(/^[ァ-ヴー\u3000 ・．（）]{1,48}$/u, { message: 'holderKana must be katakana (full-width), at most 48 characters' })
  holderKana!: string;
}
