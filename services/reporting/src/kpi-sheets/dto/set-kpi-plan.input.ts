import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { IsFiscalYear, IsOrgId, WholeNumberScalar } from '@kyodo/subgraph';
import { IsWholeBetween, MAX_STORED_YEN } from '../../common/yen-range.validator';
import { Kpi } from '../../kpis/kpi.enum';

@InputType()
export class KpiYearIncreaseInput {
  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => WholeNumberScalar, { description: '単年度目標: 0 or more (a target of 0 has no rate).' })
  @IsWholeBetween(0n, MAX_STORED_YEN)
  increase!: bigint;
}

@InputType()
export class SetKpiPlanInput {
  @Field(() => String, {
    nullable: true,
    description: "The member; without it the support body sets the consortium's plan, an org admin its own org's.",
  })
  @IsOptional()
  @IsOrgId()
  orgId?: string | null;

  @Field(() => Kpi)
  @IsEnum(Kpi)
  kpi!: Kpi;

  @Field(() => Int)
  @IsFiscalYear()
  baseYear!: number;

  // A base may be negative (a net result can be a loss).
  @Field(() => WholeNumberScalar, { description: "基準値 in the KPI's unit." })
  @IsWholeBetween(-MAX_STORED_YEN, MAX_STORED_YEN)
  baseValue!: bigint;

  @Field(() => Int, { description: 'After baseYear, at most 20 years after it.' })
  @IsFiscalYear()
  finalYear!: number;

  @Field(() => WholeNumberScalar, { description: '最終目標 as a cumulative increase, 0 or more.' })
  @IsWholeBetween(0n, MAX_STORED_YEN)
  finalIncrease!: bigint;

  @Field(() => [KpiYearIncreaseInput], { description: 'The single-year increases, each year after baseYear up to finalYear at most once.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => KpiYearIncreaseInput)
  yearlyIncreases!: KpiYearIncreaseInput[];
}
