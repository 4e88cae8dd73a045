import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { BankAccountType } from '../invoice-settings.entity';
import { IsSingleLineText } from '@kyodo/subgraph';

@InputType()
export class SetInvoiceSettingsInput {
  @Field()
  @IsSingleLineText(200)
  issuerName!: string;

  @Field({
    nullable: true,
    description: 'Qualified-invoice registration number (登録番号), e.g. T1234567890123; omit when not registered.',
  })
  @IsOptional()
  @Matches(/^T[0-9]{13}$/, { message: 'registrationNumber must be T followed by 13 digits' })
  registrationNumber?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsSingleLineText(300)
  address?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\-() ]{1,30}$/, { message: 'phone must be digits, spaces, +, - or parentheses' })
  phone?: string;

  @Field({ nullable: true, description: '振込先: bank name.' })
  @IsOptional()
  @IsSingleLineText(100)
  bankName?: string;

  @Field({ nullable: true, description: '振込先: branch name.' })
  @IsOptional()
  @IsSingleLineText(100)
  bankBranch?: string;

  @Field(() => BankAccountType, { nullable: true })
  @IsOptional()
  @IsEnum(BankAccountType)
  bankAccountType?: BankAccountType;

  @Field({ nullable: true, description: 'Account number: 7 digits.' })
  @IsOptional()
  @Matches(/^[0-9]{7}$/, { message: 'bankAccountNumber must be 7 digits' })
  bankAccountNumber?: string;

  @Field({ nullable: true, description: '口座名義 as the bank has it.' })
  @IsOptional()
  @IsSingleLineText(100)
  bankAccountHolder?: string;
}
