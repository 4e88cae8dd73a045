import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsUuid, IsMultiLineText } from '@kyodo/subgraph';

@InputType()
export class CompleteEnrollmentInput {
  @Field(() => ID)
  @IsUuid()
  enrollmentId!: string;

  @Field(() => Int, { description: "Staff's evaluation of the worker, 1 (weak) to 5 (excellent)." })
  @IsInt()
  @Min(1)
  @Max(5)
  evaluation!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsMultiLineText(1000, { min: 0 })
  evaluationComment?: string;

  @Field(() => Int, { nullable: true, description: 'Test score, 0 to 100, when the course has one.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number;
}
