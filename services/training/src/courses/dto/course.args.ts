import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class CourseArgs extends OrgArgs {
  // Checked here so a malformed id is BAD_USER_INPUT, not a PostgreSQL cast error.
  @Field(() => ID)
  @IsUuid()
  id!: string;
}
