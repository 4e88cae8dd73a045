import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';

@InputType()
export class EnrollWorkerInput {
  @Field(() => ID)
  @IsUUID()
  workerId!: string;

  @Field(() => String, { nullable: true, description: "The course's owner when another member shares it; this org when left out." })
  @IsOptional()
  @Matches(ORG_ID_PATTERN, { message: 'courseOrgId must be an organization id like "tateshina"' })
  courseOrgId?: string;

  @Field(() => ID)
  @IsUUID()
  courseId!: string;
}
