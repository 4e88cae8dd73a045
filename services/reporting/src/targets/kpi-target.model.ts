import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
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

  @Field(() => Int, { description: 'In the KPI\'s unit: yen, people or minutes.' })
  targetValue!: number;
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

  @Field(() => Int)
  target!: number;

  @Field(() => Int, { nullable: true, description: 'null when the year has no snapshot for the org.' })
  actual!: number | null;

  @Field(() => Float, { nullable: true, description: 'actual / target in percent with one decimal.' })
  ratePercent!: number | null;

  @Field(() => Int)
  baseYear!: number;

  @Field(() => Int, { description: 'Targets summed over the years from baseYear to fiscalYear that have both a target and a snapshot.' })
  cumulativeTarget!: number;

  @Field(() => Int, { description: 'Actuals summed over the same years.' })
  cumulativeActual!: number;

  @Field(() => Float, { nullable: true, description: 'cumulativeActual / cumulativeTarget in percent with one decimal.' })
  cumulativeRatePercent!: number | null;
}
