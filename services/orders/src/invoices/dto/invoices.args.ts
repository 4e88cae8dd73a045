import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class InvoicesArgs extends OrgArgs {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear!: number;
}
