import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkillAxis, SkillStage } from '@kyodo/domain';

/** How far a worker is from the next stage on one axis, under the org's rule for that stage. */
@ObjectType('PromotionReadiness')
export class PromotionReadiness {
  /** The worker's org (not a field: `worker` carries it). */
  orgId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => SkillAxis)
  axis!: SkillAxis;

  @Field(() => SkillStage)
  currentStage!: SkillStage;

  @Field(() => SkillStage)
  nextStage!: SkillStage;

  @Field(() => [String], { description: "The rule's courses the worker has not completed yet." })
  missingCourseCodes!: string[];

  @Field(() => Int, { description: 'Approved work minutes since the worker reached the current stage.' })
  approvedMinutes!: number;

  @Field(() => Int)
  requiredMinutes!: number;

  @Field()
  ready!: boolean;
}
