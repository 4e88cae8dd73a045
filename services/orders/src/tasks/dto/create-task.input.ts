import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PayBasis } from '../pay-basis.enum';
import { IsUuid, IsSingleLineText } from '@kyodo/subgraph';

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

  @Field(() => Int, { description: 'Yen per hour or per piece (integer, up to 2,000,000,000).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  payRateYen!: number;

  @Field(() => Int, { description: 'Share of the order value in yen (integer, up to 2,000,000,000).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  valueYen!: number;
}
