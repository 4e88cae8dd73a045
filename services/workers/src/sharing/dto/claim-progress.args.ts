import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { IsIsoDate } from '../../common/iso-date.validator';

/** `orgId` names the partner whose workers staff the claims. */
@ArgsType()
export class ClaimProgressArgs extends OrgArgs {
  @Field(() => [ID])
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  claimIds!: string[];

  @Field(() => String, { nullable: true, description: 'First work day counted (YYYY-MM-DD); from the start when left out.' })
  @IsOptional()
  @IsIsoDate()
  from?: string;

  @Field(() => String, { nullable: true, description: 'Last work day counted (inclusive); to date when left out.' })
  @IsOptional()
  @IsIsoDate()
  to?: string;
}
