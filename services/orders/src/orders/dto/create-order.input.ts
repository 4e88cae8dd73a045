import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { CATEGORY_CODE } from '../../categories/dto/create-business-category.input';
import { ConfidentialityLevel } from '../confidentiality-level.enum';
import { OrderSharing } from '../order-sharing.enum';
import { IsUuid, IsSingleLineText, IsCalendarDate, YenScalar } from '@kyodo/subgraph';
import { IsYenAmount } from '../../money/yen-amount.validator';

/** Course codes as the training service issues them, e.g. SEC-101. */
const COURSE_CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

@InputType()
export class CreateOrderInput {
  @Field()
  @IsUuid()
  clientId!: string;

  @Field({ nullable: true, description: 'The contract with the same client the order falls under.' })
  @IsOptional()
  @IsUuid()
  contractId?: string;

  @Field()
  @IsSingleLineText(200)
  title!: string;

  @Field()
  @Matches(CATEGORY_CODE, { message: 'category must be a category code like DATA_ENTRY' })
  category!: string;

  @Field({ defaultValue: true })
  @IsBoolean()
  routine: boolean = true;

  @Field(() => YenScalar, { description: 'Order value in whole yen, up to 10^16.' })
  @IsYenAmount(0n)
  valueYen!: bigint;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  // 100,000 hours is fifty people working full time for a year; more is a typo (a pool offer has the same cap).
  @Max(100_000)
  estimatedHours!: number;

  @Field()
  @IsCalendarDate()
  deadline!: string;

  @Field(() => SkillStage, { defaultValue: SkillStage.A })
  @IsEnum(SkillStage)
  requiredStage: SkillStage = SkillStage.A;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsSingleLineText(50, { each: true })
  skillTags: string[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Course codes, e.g. SEC-101.' })
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(COURSE_CODE, { each: true, message: 'requiredTrainings must be course codes like SEC-101' })
  requiredTrainings: string[] = [];

  @Field(() => ConfidentialityLevel, { defaultValue: ConfidentialityLevel.INTERNAL })
  @IsEnum(ConfidentialityLevel)
  confidentiality: ConfidentialityLevel = ConfidentialityLevel.INTERNAL;

  @Field(() => OrderSharing, { defaultValue: OrderSharing.LOCAL })
  @IsEnum(OrderSharing)
  sharing: OrderSharing = OrderSharing.LOCAL;
}
