import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class ContractIdArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;
}
