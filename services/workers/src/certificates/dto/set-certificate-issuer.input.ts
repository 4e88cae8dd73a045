import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { IsSingleLineText } from '@kyodo/subgraph';

@InputType()
export class SetCertificateIssuerInput {
  @Field({ description: '法人名 as certificates print it.' })
  @IsSingleLineText(200)
  legalName!: string;

  @Field({ description: '所在地.' })
  @IsSingleLineText(300)
  address!: string;

  @Field({ description: '電話番号: digits, spaces, +, - or parentheses.' })
  @Matches(/^(?=.*[0-9])[0-9+\-() ]{1,30}$/, { message: 'phone must be digits, spaces, +, - or parentheses' })
  phone!: string;

  @Field({ description: '代表者: title and name.' })
  @IsSingleLineText(100)
  representative!: string;
}
