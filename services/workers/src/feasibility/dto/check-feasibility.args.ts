import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class CheckFeasibilityArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  orderId!: string;
}
