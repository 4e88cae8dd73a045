import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class SetMonthlyHourLimitArgs extends OrgArgs {
  @Field(() => Int, { description: 'The most monthly hours a worker may set for themself (0 to 200).' })
  @IsInt()
  @Min(0)
  @Max(200)
  limit!: number;
}
