import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsFiscalYear } from '@kyodo/subgraph';

@ArgsType()
export class OperatingCostsArgs {
  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;
}
