import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PayBasis } from '../pay-basis.enum';
import { IsUuid, IsCalendarDate, IsOrgId, IsYenBetween, YenScalar } from '@kyodo/subgraph';

/**
 * What a director decides when booking a worker on a task. What the task requires (stages,
 * trainings, confidentiality) and whether its pay is withheld (源泉徴収) are not asked: the
 * server reads them from the task's order and business category at the owner's orders node.
 */
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

  @Field(() => ID, {
    nullable: true,
    description: "Another member's task is booked only within an approved claim of this org (共同受注): its id at the owner's node.",
  })
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
}
