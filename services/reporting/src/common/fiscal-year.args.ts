import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsFiscalYear } from '../operating-costs/dto/fiscal-year.validator';

@ArgsType()
export class FiscalYearArgs {
  @Field(() => Int, { description: 'Fiscal year by its starting calendar year: 2026 runs 2026-04-01 to 2027-03-31.' })
  @IsFiscalYear()
  fiscalYear!: number;
}
