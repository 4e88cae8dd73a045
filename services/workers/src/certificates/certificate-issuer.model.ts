import { Field, ObjectType } from '@nestjs/graphql';

/** The issuer as certificates print it (the standard 就労証明書's 事業所 block): a town operated by another prints its operator's. */
@ObjectType('CertificateIssuer')
export class CertificateIssuerModel {
  @Field()
  orgId!: string;

  @Field({ description: '法人名, e.g. "一般社団法人 立科テレワークセンター"; the member\'s name until recorded.' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: '所在地; null until recorded.' })
  address!: string | null;

  @Field(() => String, { nullable: true, description: '電話番号; null until recorded.' })
  phone!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '適格請求書発行事業者登録番号 of a partner operator issuing for the org; null when the org issues in its own name.',
  })
  registrationNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The town\'s programme (e.g. "立科町テレワーク事業") when its partner operator issues for it; null otherwise.',
  })
  programme!: string | null;

  @Field(() => String, { nullable: true, description: '代表者 (title and name), e.g. "代表理事 立科 太郎"; null until recorded.' })
  representative!: string | null;
}
