import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate, IsMultiLineText, IsOrgId, IsUuid, IsYenBetween, OrgArgs, OrgPageArgs, YenScalar } from '@kyodo/subgraph';
import { PayBasis } from '../../assignments/pay-basis.enum';
import { OfferMode, OfferStatus } from '../offer.model';

/**
 * What a director offers: the booking terms createAssignment takes. What the work requires (stages,
 * trainings, confidentiality) and whether its pay is withheld are not asked: the server reads them
 * from the task's owner when the offer is made, judges eligibility on them and books with them.
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

  @Field(() => YenScalar, {
    nullable: true,
    description: 'Pay per hour in yen (0 to 100,000); required for HOURLY pay, left out for PIECE.',
  })
  @IsOptional()
  @IsYenBetween(0n, 100_000n)
  hourlyRateYen?: bigint;

  @Field(() => YenScalar, {
    nullable: true,
    description: 'Pay per piece in yen (0 to 1,000,000); required for PIECE pay, left out for HOURLY.',
  })
  @IsOptional()
  @IsYenBetween(0n, 1_000_000n)
  pieceRateYen?: bigint;

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
