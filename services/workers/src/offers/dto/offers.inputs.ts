import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { SkillStage } from '@kyodo/domain';
import { IsCalendarDate, IsMultiLineText, IsOrgId, IsSingleLineText, IsUuid, OrgArgs, OrgPageArgs } from '@kyodo/subgraph';
import { PayBasis } from '../../assignments/pay-basis.enum';
import { OfferMode, OfferStatus } from '../offer.model';

/**
 * What a director offers. The booking terms and requirements are the ones createAssignment takes
 * today; acceptance books with exactly these (offer-booking.ts), and eligibility is judged on them.
 */
@InputType()
export class CreateOfferInput {
  @Field({ description: "The task's org; another member's task only within an approved claim of this org (claimId)." })
  @IsOrgId()
  taskOrgId!: string;

  @Field(() => ID)
  @IsUuid()
  taskId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUuid()
  claimId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsMultiLineText(2000)
  note?: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsCalendarDate()
  periodFrom!: string;

  @Field({ description: 'YYYY-MM-DD, inclusive' })
  @IsCalendarDate()
  periodTo!: string;

  @Field(() => Int, { description: 'Minutes offered in all.' })
  @IsInt()
  @Min(1)
  @Max(1_440_000)
  totalMinutes!: number;

  @Field(() => Int, { defaultValue: 60, description: 'The smallest share one worker may take.' })
  @IsInt()
  @Min(1)
  @Max(144_000)
  minimumMinutes: number = 60;

  @Field(() => PayBasis, { defaultValue: PayBasis.HOURLY })
  @IsEnum(PayBasis)
  payBasis: PayBasis = PayBasis.HOURLY;

  @Field(() => Int, { nullable: true, description: 'Pay per hour in yen; required for HOURLY pay, left out for PIECE.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  hourlyRateYen?: number;

  @Field(() => Int, { nullable: true, description: 'Pay per piece in yen; required for PIECE pay, left out for HOURLY.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  pieceRateYen?: number;

  @Field({ defaultValue: false })
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

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsSingleLineText(100, { each: true })
  requiredTrainings: string[] = [];

  @Field({ defaultValue: false, description: 'Confidential work: offered only to workers with an NDA on file.' })
  @IsBoolean()
  confidential: boolean = false;

  @Field(() => OfferMode, { defaultValue: OfferMode.FIRST_COME })
  @IsEnum(OfferMode)
  mode: OfferMode = OfferMode.FIRST_COME;
}

@ArgsType()
export class OfferIdArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  offerId!: string;
}

@ArgsType()
export class AcceptOfferArgs extends OfferIdArgs {
  @Field(() => Int, { description: 'Minutes to take (or ask for, when the director picks).' })
  @IsInt()
  @Min(1)
  @Max(1_440_000)
  minutes!: number;
}

@ArgsType()
export class PickOfferWorkerArgs extends OfferIdArgs {
  @Field(() => ID)
  @IsUuid()
  workerId!: string;
}

@ArgsType()
export class OffersArgs extends OrgPageArgs {
  @Field(() => OfferStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OfferStatus)
  status?: OfferStatus;
}
