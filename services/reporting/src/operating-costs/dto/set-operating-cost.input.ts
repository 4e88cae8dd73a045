import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { IsFiscalYear, IsOrgId } from '@kyodo/subgraph';

@InputType()
export class SetOperatingCostInput {
  @Field()
  @IsOrgId()
  orgId!: string;

  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  // GraphQL Int is 32-bit, so the cap stays below 2^31 rather than the business's ¥10,000,000,000.
  @Field(() => Int, { description: 'Operating costs in yen (integer, 0 to 2,000,000,000).' })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  amountYen!: number;
}
