import { Field, ID, InputType, OmitType } from '@nestjs/graphql';
import { IsUuid } from '@kyodo/subgraph';
import { SetKpiPlanInput } from '../../kpi-sheets/dto/set-kpi-plan.input';

/** A project's plan for a KPI: the same figures as a member's (基準値, 最終目標, 単年度目標), for the project. */
@InputType()
export class SetProjectKpiPlanInput extends OmitType(SetKpiPlanInput, ['orgId'] as const, InputType) {
  @Field(() => ID)
  @IsUuid()
  projectId!: string;
}
