import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class CourseArgs extends OrgArgs {
  // Checked here so a malformed id is BAD_USER_INPUT, not a PostgreSQL cast error.
  @Field(() => ID)
  @IsUUID()
  id!: string;
}
