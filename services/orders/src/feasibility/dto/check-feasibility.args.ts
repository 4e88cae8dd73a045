import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class CheckFeasibilityArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  orderId!: string;
}
