import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class TimeEntryArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;
}
