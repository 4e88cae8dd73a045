import { Directive, Field, ObjectType } from '@nestjs/graphql';

/**
 * The issuer (or contracting party) a document names, as resolveDocumentIssuer decides it: a
 * municipality-run member's documents name its partner operator and the town's programme.
 * Orders and workers both return it, hence shareable.
 */
@ObjectType('DocumentIssuer', {
  description: "Who a document is issued by: the member's own legal identity, or its partner operator's for the town's programme.",
})
@Directive('@shareable')
export class DocumentIssuerModel {
  @Field({ description: 'The org whose legal identity this is: the member itself, or its partner operator.' })
  identityOrgId!: string;

  @Field({ description: '法人名, e.g. "一般財団法人 塩尻市振興公社".' })
  legalName!: string;

  @Field(() => String, { nullable: true, description: '適格請求書発行事業者登録番号 (T and 13 digits); null where none is recorded.' })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true, description: '所在地.' })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: '代表者.' })
  representative!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The town\'s programme the document is issued for (e.g. "立科町テレワーク事業"); null when the member issues in its own name.',
  })
  programme!: string | null;
}
