import { Field, ID, ObjectType } from '@nestjs/graphql';

/** 精算の基礎: what a month's statement with a partner is drawn up from, before the minutes are known. */
@ObjectType('SettlementBasis')
export class SettlementBasis {
  @Field()
  partnerOrgId!: string;

  @Field({ description: 'YYYY-MM.' })
  month!: string;

  @Field(() => [ID], { description: "The partner's approved claims on the org's offers: the claims whose minutes are owed." })
  claimIds!: string[];

  @Field(() => [String], {
    description: 'YYYY-MM: the month, then each earlier month the pair already settled (late minutes there are owed as adjustments).',
  })
  months!: string[];
}
