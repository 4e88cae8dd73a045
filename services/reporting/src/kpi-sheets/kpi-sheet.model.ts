import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { WholeNumberScalar } from '@kyodo/subgraph';
import { Kpi } from '../kpis/kpi.enum';

@ObjectType('KpiYearIncrease')
export class KpiYearIncrease {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => WholeNumberScalar, { description: "単年度目標: the increase aimed at in this year, in the KPI's unit." })
  increase!: bigint;
}

/** An org's plan for one KPI as the state's KPI sheet writes it: a base value and increases over it. */
@ObjectType('KpiPlan')
export class KpiPlanModel {
  @Field(() => String, { nullable: true, description: "The member; null for the consortium's own plan or a project's." })
  orgId!: string | null;

  @Field(() => String, { nullable: true, description: "The project whose plan it is; null for a member's or the consortium's." })
  projectId?: string | null;

  @Field(() => Kpi)
  kpi!: Kpi;

  @Field(() => Int, { description: 'The fiscal year the base value was measured in.' })
  baseYear!: number;

  @Field(() => WholeNumberScalar, { description: "基準値, in the KPI's unit (yen, people or minutes)." })
  baseValue!: bigint;

  @Field(() => Int)
  finalYear!: number;

  @Field(() => WholeNumberScalar, { description: '最終目標: the cumulative increase aimed at by the final year.' })
  finalIncrease!: bigint;

  @Field(() => [KpiYearIncrease], { description: 'By fiscal year.' })
  yearlyIncreases!: KpiYearIncrease[];
}

/** One KPI's line of the sheet for a fiscal year: targets and actuals are increases over the base value. */
@ObjectType('KpiSheetLine')
export class KpiSheetLineModel {
  @Field(() => Kpi)
  kpi!: Kpi;

  @Field({ description: 'The KPI as the sheet names it.' })
  label!: string;

  @Field(() => Int)
  baseYear!: number;

  @Field(() => WholeNumberScalar, { description: '基準値.' })
  baseValue!: bigint;

  @Field(() => Int)
  finalYear!: number;

  @Field(() => WholeNumberScalar, { description: '最終目標 (cumulative increase by the final year).' })
  finalIncrease!: bigint;

  @Field(() => WholeNumberScalar, { nullable: true, description: '単年度目標; null when none was set for the year.' })
  yearTarget!: bigint | null;

  @Field(() => WholeNumberScalar, {
    nullable: true,
    description: "単年度実績: this year's figure minus last year's (the base value after the base year); null without both.",
  })
  yearActual!: bigint | null;

  @Field(() => Float, {
    nullable: true,
    description: '達成率 in percent, rounded half up to one decimal; null for a target of 0 (shown as —) or without an actual.',
  })
  yearRatePercent!: number | null;

  @Field(() => WholeNumberScalar, { description: '累計目標: the single-year targets since the base year, up to this year.' })
  cumulativeTarget!: bigint;

  @Field(() => WholeNumberScalar, {
    nullable: true,
    description: "累計実績: this year's figure minus the base value; null without this year's figure.",
  })
  cumulativeActual!: bigint | null;

  @Field(() => Float, {
    nullable: true,
    description: '累計 達成率, rounded half up to one decimal; null for a target of 0 or without an actual.',
  })
  cumulativeRatePercent!: number | null;
}

@ObjectType('KpiSheet')
export class KpiSheetModel {
  @Field(() => String, { nullable: true, description: "The member; null for the consortium's sheet or a project's." })
  orgId!: string | null;

  @Field(() => String, { nullable: true, description: "The project whose sheet it is (its members' figures summed); null otherwise." })
  projectId?: string | null;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [KpiSheetLineModel], { description: 'One line per KPI with a plan covering the year, by KPI.' })
  lines!: KpiSheetLineModel[];
}
