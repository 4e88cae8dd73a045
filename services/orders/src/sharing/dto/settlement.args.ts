import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { OrgArgs, IsUuid, IsOrgId, IsYearMonth } from '@kyodo/subgraph';

@ArgsType()
export class PrepareSettlementArgs extends OrgArgs {
  @Field({ description: 'The partner member the owner owes.' })
  @IsOrgId()
  partnerOrgId!: string;

  @Field({ description: 'YYYY-MM (Asia/Tokyo).' })
  @IsYearMonth()
  month!: string;
}

@ArgsType()
export class SettlementStatementsArgs extends OrgArgs {
  @Field({ nullable: true, description: 'YYYY-MM; every month when left out.' })
  @IsOptional()
  @IsYearMonth()
  month?: string;
}

@ArgsType()
export class SettlementIdArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;
}
