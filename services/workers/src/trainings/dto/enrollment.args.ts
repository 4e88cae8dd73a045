import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUuid, OrgArgs } from '@kyodo/subgraph';

@ArgsType()
export class EnrollmentArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  enrollmentId!: string;
}
