import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class WorkerEnrollmentsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;
}
