import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { PayBasis } from '../pay-basis.enum';
import { IsUuid, IsSingleLineText, IsCalendarDate, IsOrgId, IsYenBetween, YenScalar } from '@kyodo/subgraph';

@InputType()
export class CreateAssignmentInput {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;

  @Field({ description: "The task's org (its federation key with taskId); may be another member's." })
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field(() => ID, { nullable: true, description: "Another member's task is booked only within an approved claim of this org (共同受注): its id at the owner's node." })
  @IsOptional()
  @IsUuid()
  claimId?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  periodFrom!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsCalendarDate()
  periodTo!: string;

  @Field(() => Int, { description: 'Planned minutes over the period (1 to 200 hours a month for a year at most).' })
  @IsInt()
  @Min(1)
  @Max(144_000)
  plannedMinutes!: number;

  @Field(() => PayBasis, { defaultValue: PayBasis.HOURLY })
  @IsEnum(PayBasis)
  payBasis: PayBasis = PayBasis.HOURLY;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per hour in yen (0 to 100,000); required for HOURLY pay, left out for PIECE.' })
  @IsOptional()
  @IsYenBetween(0n, 100_000n)
  hourlyRateYen?: bigint;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per piece in yen (0 to 1,000,000); required for PIECE pay, left out for HOURLY.' })
  @IsOptional()
  @IsYenBetween(0n, 1_000_000n)
  pieceRateYen?: bigint;

  /**
   * 源泉徴収: whether the task's business category (業務分類) makes its pay subject to
   * withholding tax. The caller copies it from the category when booking (orders owns the
   * categories); it is fixed for the assignment so a later category change never reprices
   * work already booked.
   */
  @Field({ defaultValue: false, description: "Whether the pay is subject to withholding tax (源泉徴収): copy it from the task's business category." })
  @IsBoolean()
  withholding: boolean = false;

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
  @IsSingleLineText(100, { each: true })
  requiredTrainings: string[] = [];
}
