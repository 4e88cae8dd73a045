import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { IsIsoDate } from '../../common/iso-date.validator';

@ArgsType()
export class ApprovedWorkMinutesArgs extends OrgArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  workerIds!: string[];

  @Field(() => String, { nullable: true, description: 'Count only days on or after this one, YYYY-MM-DD; all approved work when left out.' })
  @IsOptional()
  @IsIsoDate()
  from?: string;
}
