import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { OrgArgs, IsUuid, IsCalendarDate } from '@kyodo/subgraph';

@ArgsType()
export class ApprovedWorkMinutesArgs extends OrgArgs {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUuid({ each: true })
  workerIds!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Count only days on or after this one, YYYY-MM-DD; all approved work when left out.',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;
}
