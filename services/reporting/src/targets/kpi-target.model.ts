import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { WholeNumberScalar } from '@kyodo/subgraph';
import { Kpi } from '../kpis/kpi.enum';

/** 目標: what an org aims for on one KPI in one fiscal year. */
@ObjectType('KpiTarget')
export class KpiTarget {
  @Field()
  orgId!: string;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Kpi)
  kpi!: Kpi;

  @Field(() => WholeNumberScalar, { description: "In the KPI's unit: yen, people or minutes." })
  targetValue!: bigint;
}

/** 達成率: a KPI's actual against its target, for the year and cumulatively since a base year. */
@ObjectType('KpiAchievement')
export class KpiAchievement {
  @Field()
  orgId!: string;

  @Field(() => Kpi)
  kpi!: Kpi;

  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => WholeNumberScalar)
  target!: bigint;

  @Field(() => WholeNumberScalar, { nullable: true, description: 'null when the year has no snapshot for the org.' })
  actual!: bigint | null;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target in percent with one decimal; null without an actual or for a target of 0.',
  })
  ratePercent!: number | null;

  @Field(() => Int)
  baseYear!: number;

  @Field(() => WholeNumberScalar, {
    description: 'Targets summed over the years from baseYear to fiscalYear that have both a target and a snapshot.',
  })
  cumulativeTarget!: bigint;

  @Field(() => WholeNumberScalar, { description: 'Actuals summed over the same years.' })
  cumulativeActual!: bigint;

  @Field(() => Float, { nullable: true, description: 'cumulativeActual / cumulativeTarget in percent with one decimal.' })
  cumulativeRatePercent!: number | null;
}
