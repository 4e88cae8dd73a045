import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PayBasis } from '../pay-basis.enum';
import { IsUuid, IsSingleLineText, YenScalar } from '@kyodo/subgraph';
import { IsYenAmount } from '../../money/yen-amount.validator';

@InputType()
export class CreateTaskInput {
  @Field()
  @IsUuid()
  orderId!: string;

  @Field()
  @IsSingleLineText(200)
  title!: string;

  @Field(() => PayBasis)
  @IsEnum(PayBasis)
  payBasis!: PayBasis;

  @Field(() => Int, { description: 'Estimated hours (more than 0 for HOURLY pay).' })
  @IsInt()
  @Min(0)
  // 100,000 hours is fifty people working full time for a year; more is a typo (a pool offer has the same cap).
  @Max(100_000)
  hours!: number;

  @Field(() => Int, { nullable: true, description: 'Pieces; required for PIECE pay, absent for HOURLY.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  quantity?: number;

  @Field(() => YenScalar, { description: 'Yen per hour or per piece (whole yen, up to 10^16).' })
  @IsYenAmount(0n)
  payRateYen!: bigint;

  @Field(() => YenScalar, { description: 'Share of the order value in whole yen, up to 10^16.' })
  @IsYenAmount(0n)
  valueYen!: bigint;
}
