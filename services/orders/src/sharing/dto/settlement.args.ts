import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { OrgArgs } from '@kyodo/subgraph';

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@ArgsType()
export class PrepareSettlementArgs extends OrgArgs {
  @Field({ description: 'The partner member the owner owes.' })
  @Matches(ORG_ID_PATTERN, { message: 'partnerOrgId must be an organization id like "shiojiri"' })
  partnerOrgId!: string;

  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  @Matches(YEAR_MONTH, { message: 'month must be YYYY-MM' })
  month!: string;
}

@ArgsType()
export class SettlementStatementsArgs extends OrgArgs {
  @Field({ nullable: true, description: 'YYYY-MM; every month when left out.' })
  @IsOptional()
  @Matches(YEAR_MONTH, { message: 'month must be YYYY-MM' })
  month?: string;
}

@ArgsType()
export class SettlementIdArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
