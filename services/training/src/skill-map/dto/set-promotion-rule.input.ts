import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEnum, IsIn, IsInt, Matches, Max, Min } from 'class-validator';
import { SkillAxis, SkillStage } from '@kyodo/domain';

@InputType()
export class SetPromotionRuleInput {
  @Field(() => SkillAxis)
  @IsEnum(SkillAxis)
  axis!: SkillAxis;

  @Field(() => SkillStage, { description: 'B (promotion from A) or C (from B).' })
  @IsIn([SkillStage.B, SkillStage.C], { message: 'toStage must be B or C: nobody is promoted to A, the entry stage' })
  toStage!: SkillStage;

  @Field(() => [String], { description: "Codes of courses in the org's catalogue, e.g. SEC-BASIC." })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, { each: true, message: 'requiredCourseCodes must be course codes like SEC-BASIC' })
  requiredCourseCodes!: string[];

  @Field(() => Int, { description: 'Approved work minutes needed at the current stage (0 to 600,000, i.e. 10,000 hours).' })
  @IsInt()
  @Min(0)
  @Max(600_000)
  minWorkMinutes!: number;
}
