import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { OrgArgs, IsUuid, IsOrgId, IsYearMonth, IsSingleLineText } from '@kyodo/subgraph';

/** Bounds of a pushed settlement: claims of one partner, months it settled, minutes of a month. */
const MAX_CLAIMS = 10_000;
const MAX_MONTHS = 240;
const MAX_CLAIM_MINUTES = 31 * 24 * 60 * 1_000;

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

/** Minutes a partner's director approved on one claim in one month worked, as the partner's workers node answered them. */
@InputType()
export class ClaimMinutesInput {
  @Field({ description: 'The month worked, YYYY-MM.' })
  @IsYearMonth()
  month!: string;

  @Field(() => ID)
  @IsUuid()
  claimId!: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_CLAIM_MINUTES)
  approvedMinutes!: number;
}

@ArgsType()
export class RecordSettlementArgs extends PrepareSettlementArgs {
  @Field({ description: 'Keycloak user id of who asked for the statement at the workers node (audited as the actor).' })
  @IsSingleLineText(100)
  actorId!: string;

  @Field({ nullable: true, description: "The actor's org (null for a consortium admin)." })
  @IsOptional()
  @IsOrgId()
  actorOrgId?: string;

  @Field(() => [ID], { description: 'The claims the minutes were asked for: settlementBasis.claimIds.' })
  @IsArray()
  @IsUuid({ each: true })
  @ArrayMaxSize(MAX_CLAIMS)
  claimIds!: string[];

  @Field(() => [String], { description: 'The months the minutes were asked for: settlementBasis.months, in its order.' })
  @IsArray()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { each: true })
  @ArrayMaxSize(MAX_MONTHS)
  months!: string[];

  @Field(() => [ClaimMinutesInput], { description: 'Approved minutes per claim and month worked; a claim without any is left out.' })
  @IsArray()
  @ArrayMaxSize(MAX_CLAIMS * MAX_MONTHS)
  @ValidateNested({ each: true })
  @Type(() => ClaimMinutesInput)
  progress!: ClaimMinutesInput[];
}
