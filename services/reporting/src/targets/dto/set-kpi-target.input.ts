import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Kpi } from '../../kpis/kpi.enum';
import { IsFiscalYear, IsOrgId, WholeNumberScalar } from '@kyodo/subgraph';
import { IsWholeBetween, MAX_STORED_YEN } from '../../common/yen-range.validator';

@InputType()
export class SetKpiTargetInput {
  @Field()
  @IsOrgId()
  orgId!: string;

  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => Kpi)
  @IsEnum(Kpi)
  kpi!: Kpi;

  // A target of 0 is allowed (its rate is shown as "—"); a negative one means nothing here.
  @Field(() => WholeNumberScalar, { description: "In the KPI's unit (yen, people or minutes); 0 or more (a target of 0 has no rate)." })
  @IsWholeBetween(0n, MAX_STORED_YEN)
  targetValue!: bigint;
}
