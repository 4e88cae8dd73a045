import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SkillStage } from '@kyodo/domain';

/** Hours of one skill stage, summed over workers: an aggregate that never names a person. */
@ObjectType('StageCapacity')
export class StageCapacity {
  @Field(() => SkillStage)
  stage!: SkillStage;

  @Field(() => Int, { description: 'Active workers counted at this stage (the lower of their IT and business stages).' })
  workerCount!: number;

  @Field(() => Int, { description: 'Weekly availability over the days of the range, each month capped by the monthly hour cap; minutes.' })
  availableMinutes!: number;

  @Field(() => Int, { description: 'Minutes of assignments falling on the days of the range.' })
  bookedMinutes!: number;

  @Field(() => Int, {
    description:
      "Available minus booked per worker and month, never more than the monthly cap leaves after the whole month's bookings, never below zero; summed, minutes.",
  })
  freeMinutes!: number;
}

/** 稼働可能量: how much work an org's workers could still take in a range of days, by skill stage. */
@ObjectType('OrgCapacity')
export class OrgCapacity {
  @Field()
  orgId!: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  from!: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD.' })
  to!: string;

  @Field(() => [StageCapacity], { description: 'Always A, B and C, in that order, zeros included.' })
  byStage!: StageCapacity[];

  @Field(() => Int, { description: 'Free minutes over all stages listed.' })
  totalFreeMinutes!: number;
}
