import { ArgsType, Field } from '@nestjs/graphql';
import { IsOrgId, IsYearMonth, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class PrepareSettlementArgs extends OrgArgs {
  @Field({ description: 'The partner member the owner owes.' })
  @IsOrgId()
  partnerOrgId!: string;

  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  @IsYearMonth()
  month!: string;
}
