import { Field, InputType, Int } from '@nestjs/graphql';
import { IsFiscalYear, IsOrgId, YenScalar } from '@kyodo/subgraph';
import { IsWholeBetween, MAX_STORED_YEN } from '../../common/yen-range.validator';

@InputType()
export class SetOperatingCostInput {
  @Field()
  @IsOrgId()
  orgId!: string;

  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => YenScalar, { description: 'Operating costs in yen (whole yen, 0 or more).' })
  @IsWholeBetween(0n, MAX_STORED_YEN)
  amountYen!: bigint;
}
