import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Max, Min } from 'class-validator';
import { Kpi } from '../../kpis/kpi.enum';
import { IsFiscalYear, IsOrgId } from '@kyodo/subgraph';

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

  // A rate is actual / target, so a target is positive; GraphQL Int caps it below 2^31.
  @Field(() => Int, { description: "In the KPI's unit (yen, people or minutes); 1 to 2,000,000,000." })
  @IsInt()
  @Min(1)
  @Max(2_000_000_000)
  targetValue!: number;
}
