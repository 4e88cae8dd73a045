import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { IsSingleLineText } from '@kyodo/subgraph';

@InputType()
export class SetInvoiceSettingsInput {
  @Field()
  @IsSingleLineText(200)
  issuerName!: string;

  @Field({ nullable: true, description: 'Qualified-invoice registration number (登録番号), e.g. T1234567890123; omit when not registered.' })
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
}
