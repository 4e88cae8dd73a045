import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SkillStage } from '@kyodo/domain';
import type { StageAssessment } from './assess-feasibility';

/** One skill stage of a feasibility check; minutes. */
@ObjectType('FeasibilityStage')
export class FeasibilityStage implements StageAssessment {
  @Field(() => SkillStage)
  stage!: SkillStage;

  @Field(() => Int, { description: 'Work that needs this stage (workers at it or above can do it).' })
  requiredMinutes!: number;

  @Field(() => Int, { description: "Free capacity of the org's workers counted at this stage over the period." })
  freeMinutes!: number;

  @Field(() => Int, { description: 'Shortfall: required work of this stage no free worker at it or above could take.' })
  shortMinutes!: number;
}
