import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class SubmittedTimeEntriesArgs extends OrgArgs {
  @Field(() => Int, { defaultValue: 100, description: 'At most this many entries (1 to 200), oldest day first.' })
  @IsInt()
  @Min(1)
  @Max(200)
  first: number = 100;
}
