import { Field, ObjectType } from '@nestjs/graphql';

/** The issuer as certificates print it (the standard 就労証明書's 事業所 block). */
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

  @Field(() => String, { nullable: true, description: '代表者 (title and name), e.g. "代表理事 立科 太郎"; null until recorded.' })
  representative!: string | null;
}
