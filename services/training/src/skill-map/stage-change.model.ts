import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { StageChangeKind } from './promotion.entity';

/** A recorded stage change (a Promotion row) as the workers node reads it before applying it. */
@ObjectType()
export class SkillStageChange {
  @Field(() => ID)
  id!: string;

  @Field()
  orgId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field(() => SkillAxis)
  axis!: SkillAxis;

  @Field(() => SkillStage)
  toStage!: SkillStage;

  @Field(() => StageChangeKind)
  kind!: StageChangeKind;

  @Field({ description: "Whether it is the worker's most recent change on its axis (an older one is never applied over a newer)." })
  latest!: boolean;
}
