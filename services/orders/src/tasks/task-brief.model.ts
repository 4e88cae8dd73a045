import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * What a worker booked on a task needs to know of it and its order, as the owner lets workers
 * see it. The workers node copies it when a director books the assignment, so a worker's own
 * reads never come to this node (which does not know who is assigned).
 */
@ObjectType('TaskBrief')
export class TaskBrief {
  @Field()
  orgId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field()
  taskTitle!: string;

  @Field()
  orderTitle!: string;

  @Field(() => String, {
    nullable: true,
    description: "The client's name for OPEN orders; null for INTERNAL and CONFIDENTIAL ones, whose client workers are not told.",
  })
  clientLabel!: string | null;

  @Field({ description: "The order's deadline, YYYY-MM-DD." })
  deadline!: string;
}
