import { ArgsType, Field } from '@nestjs/graphql';
import { OrgArgs } from '@kyodo/subgraph';
import { IsYearMonth } from '../year-month';

@ArgsType()
export class PayMonthArgs extends OrgArgs {
  @Field({ description: 'The pay month, YYYY-MM.' })
  @IsYearMonth()
  month!: string;
}
