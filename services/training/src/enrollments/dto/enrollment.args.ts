import { ArgsType, Field, ID } from '@nestjs/graphql';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';

@ArgsType()
export class EnrollmentArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  enrollmentId!: string;
}
