import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Matches, Max, Min } from 'class-validator';
import { BankAccountType } from '../../zengin/bank-account';
import { IsZenginKana } from './zengin-kana.validator';

@InputType()
export class SetPaySettingsInput {
  @Field(() => Int, { description: '締め日, 1–31; 31 means the month’s last day.' })
  @IsInt()
  @Min(1)
  @Max(31)
  closingDay!: number;

  @Field(() => Int, { description: '0 当月, 1 翌月, 2 翌々月.' })
  @IsInt()
  @Min(0)
  @Max(2)
  paymentMonthOffset!: number;

  @Field(() => Int, { description: '支払日, 1–31; 31 means the month’s last day.' })
  @IsInt()
  @Min(1)
  @Max(31)
  paymentDay!: number;

  @Field()
  @Matches(/^[0-9]{10}$/u, { message: 'consignorCode must be the 10 digits the bank assigned' })
  consignorCode!: string;

  @Field()
  @IsZenginKana(40)
  consignorNameKana!: string;

  @Field()
  @Matches(/^[0-9]{4}$/u, { message: 'bankCode must be 4 digits' })
  bankCode!: string;

  @Field()
  @IsZenginKana(15)
  bankNameKana!: string;

  @Field()
  @Matches(/^[0-9]{3}$/u, { message: 'branchCode must be 3 digits' })
  branchCode!: string;

  @Field()
  @IsZenginKana(15)
  branchNameKana!: string;

  @Field(() => BankAccountType)
  @IsEnum(BankAccountType)
  accountType!: BankAccountType;

  @Field()
  @Matches(/^[0-9]{7}$/u, { message: 'accountNumber must be 7 digits' })
  accountNumber!: string;
}
