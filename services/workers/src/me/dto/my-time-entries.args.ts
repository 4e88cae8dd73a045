import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsYearMonth, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class MyTimeEntriesArgs extends OrgArgs {
  @Field({ nullable: true, description: 'Only entries of this month, YYYY-MM; all (newest 500) when left out.' })
  @IsOptional()
  @IsYearMonth()
  month?: string;
}
