import { ArgsType, Field } from '@nestjs/graphql';
import { IsYearMonth, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class PayMonthArgs extends OrgArgs {
  @Field({ description: 'The pay month, YYYY-MM.' })
  @IsYearMonth()
  month!: string;
}
