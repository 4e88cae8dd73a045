import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';

@ArgsType()
export class FiscalYearArgs {
  @Field(() => Int, { description: 'Fiscal year by its starting calendar year: 2026 runs 2026-04-01 to 2027-03-31 (Asia/Tokyo).' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}
