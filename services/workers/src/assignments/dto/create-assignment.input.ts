import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { SkillStage } from '@kyodo/domain';
import { IsIsoDate } from '../../common/iso-date.validator';

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  workerId!: string;

  @Field({ description: "The task's org (its federation key with taskId); may be another member's." })
  @Matches(ORG_ID_PATTERN, { message: 'taskOrgId must be an organization id like "tateshina"' })
  taskOrgId!: string;

  @Field(() => ID)
  @IsUUID()
  taskId!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsIsoDate()
  periodFrom!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsIsoDate()
  periodTo!: string;

  @Field(() => Int, { description: 'Planned minutes over the period (1 to 200 hours a month for a year at most).' })
  @IsInt()
  @Min(1)
  @Max(144_000)
  plannedMinutes!: number;

  @Field(() => Int, { description: 'Pay per hour in yen.' })
  @IsInt()
  @Min(0)
  @Max(100_000)
  hourlyRateYen!: number;

  @Field(() => SkillStage, { nullable: true })
  @IsOptional()
  @IsEnum(SkillStage)
  requiredItStage?: SkillStage;

  @Field(() => SkillStage, { nullable: true })
  @IsOptional()
  @IsEnum(SkillStage)
  requiredBusinessStage?: SkillStage;

  /** Given here until the orders subgraph exposes a task's requirements. */
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  requiredTrainings: string[] = [];
}
