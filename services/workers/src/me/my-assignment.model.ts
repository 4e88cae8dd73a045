import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SkillStage } from '@kyodo/domain';
import { YenScalar } from '@kyodo/subgraph';
import { PayBasis } from '../assignments/pay-basis.enum';

/** Where an assignment stands, by its period and the day (Asia/Tokyo). */
export enum MyAssignmentStatus {
  UPCOMING = 'UPCOMING',
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(MyAssignmentStatus, { name: 'MyAssignmentStatus' });

/**
 * One of the caller's own assignments with what they need to do it. The task and order fields
 * come from this node's own copy, taken from the orders node when the assignment was booked
 * (assignment_task_details): a worker's read never asks the orders node to trust them.
 */
@ObjectType('MyAssignment')
export class MyAssignment {
  @Field(() => ID)
  id!: string;

  @Field()
  orgId!: string;

  @Field({ description: 'The org whose task it is (another member for work within a claim).' })
  taskOrgId!: string;

  @Field(() => ID)
  taskId!: string;

  @Field(() => String, { nullable: true, description: "The task's title; null when it was not known at booking." })
  taskTitle!: string | null;

  @Field(() => String, { nullable: true })
  orderTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'The client as the owner lets workers see it; null when the owner shows none.' })
  clientLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Deadline of the work, YYYY-MM-DD.' })
  deadline!: string | null;

  @Field()
  periodFrom!: string;

  @Field()
  periodTo!: string;

  @Field(() => MyAssignmentStatus)
  status!: MyAssignmentStatus;

  @Field(() => PayBasis)
  payBasis!: PayBasis;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per hour in yen (HOURLY).' })
  hourlyRateYen!: bigint | null;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per piece in yen (PIECE).' })
  pieceRateYen!: bigint | null;

  @Field({ description: 'Whether income tax is withheld (源泉徴収).' })
  withholding!: boolean;

  @Field(() => Int, { description: 'Planned minutes over the whole period.' })
  plannedMinutes!: number;

  @Field(() => Int, { description: 'Minutes logged and not returned (submitted or approved).' })
  loggedMinutes!: number;

  @Field(() => Int)
  approvedMinutes!: number;

  @Field(() => [String], { description: 'Course codes the work requires.' })
  requiredTrainings!: string[];

  @Field(() => SkillStage, { nullable: true })
  requiredItStage!: SkillStage | null;

  @Field(() => SkillStage, { nullable: true })
  requiredBusinessStage!: SkillStage | null;
}
