import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { SkillStage } from '@kyodo/domain';

/** What a feasibility check of an order weighs: the days its work can be done in and the work itself. */
@ObjectType('FeasibilityPeriod')
export class FeasibilityPeriod {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'First day (Asia/Tokyo), YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD.' })
  to!: string;

  @Field(() => SkillStage)
  requiredStage!: SkillStage;

  @Field(() => Int, { description: 'Minutes of work the order needs (its estimated hours).' })
  requiredMinutes!: number;
}
