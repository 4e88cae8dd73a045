import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, Matches, Max, Min } from 'class-validator';
import { ORG_ID_PATTERN } from '@kyodo/config';
import { Kpi } from '../../kpis/kpi.enum';
import { IsFiscalYear } from '@kyodo/subgraph';

@InputType()
export class SetKpiTargetInput {
  @Field()
  @Matches(ORG_ID_PATTERN, { message: 'orgId must be an organization id like "tateshina"' })
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
