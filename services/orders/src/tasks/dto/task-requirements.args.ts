import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

/** `orgId` names the task's owner; a partner names the owner of a task it claimed. */
@ArgsType()
export class TaskRequirementsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  taskId!: string;
}
