import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsFiscalYear } from './fiscal-year.validator';

@ArgsType()
export class OperatingCostsArgs {
  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;
}
