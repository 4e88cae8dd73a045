import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SkillStage } from '@kyodo/domain';

/**
 * What booking a worker on a task requires, as the task's order (and its business category at
 * the owner) says: the workers node reads it here instead of trusting the booking director.
 */
@ObjectType()
export class TaskRequirements {
  @Field()
  orgId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field()
  orderId!: string;

  @Field(() => SkillStage, { description: "Lowest IT-skill stage a worker needs (the order's required stage)." })
  itStage!: SkillStage;

  @Field(() => SkillStage, { description: "Lowest business-skill stage a worker needs (the order's required stage)." })
  businessStage!: SkillStage;

  @Field(() => [String], {
    description: "Course codes a worker must have completed: the order's, plus the security course (SEC-BASIC) for confidential work.",
  })
  trainings!: string[];

  @Field({ description: 'Confidential work (秘密保持): the worker needs a signed NDA and the security course.' })
  confidential!: boolean;

  @Field({ description: 'Business category code (業務分類) of the order.' })
  category!: string;

  @Field({
    description: "Whether pay for the task is subject to withholding tax (源泉徴収), as the owner's org admin set it for the category.",
  })
  withholding!: boolean;
}
