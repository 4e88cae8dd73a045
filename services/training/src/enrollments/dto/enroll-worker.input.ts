import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsUuid, IsOrgId } from '@kyodo/subgraph';

@InputType()
export class EnrollWorkerInput {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;

  @Field(() => String, { nullable: true, description: "The course's owner when another member shares it; this org when left out." })
  @IsOptional()
  @IsOrgId()
  courseOrgId?: string;

  @Field(() => ID)
  @IsUuid()
  courseId!: string;
}
