import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class WorkerContractsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;
}
