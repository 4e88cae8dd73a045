import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsUuid, IsOrgId } from '@kyodo/subgraph';

/** A worker of the org on one of its courses, or on a course another member shares. */
@InputType()
export class EnrollWorkerInput {
  @Field(() => ID, { description: 'A worker of the org (any status), as this node holds them.' })
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
