import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { OrgArgs, IsUuid, IsCalendarDate } from '@kyodo/subgraph';

/** `orgId` names the partner whose workers staff the claims. */
@ArgsType()
export class ClaimProgressArgs extends OrgArgs {
  @Field(() => [ID])
  @ArrayMaxSize(200)
  @IsUuid({ each: true })
  claimIds!: string[];

  @Field(() => String, { nullable: true, description: 'First work day counted (YYYY-MM-DD); from the start when left out.' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Last work day counted (inclusive); to date when left out.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}
