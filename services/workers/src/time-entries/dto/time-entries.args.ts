import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class TimeEntriesArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  assignmentId!: string;
}
