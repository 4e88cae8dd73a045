import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class AssignmentTermsArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  assignmentId!: string;
}

@ArgsType()
export class TermsIdArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;
}
