import { ArgsType, Field, Int } from '@nestjs/graphql';
import { OrgArgs, IsFiscalYear } from '@kyodo/subgraph';

@ArgsType()
export class InvoicesArgs extends OrgArgs {
  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;
}
