import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class TimeEntriesArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  assignmentId!: string;
}
