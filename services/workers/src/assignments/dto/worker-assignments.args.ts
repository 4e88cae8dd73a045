import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class WorkerAssignmentsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;
}
