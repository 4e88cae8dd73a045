import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EnrollmentStatus } from './enrollment-status.enum';

/**
 * One of the caller's own enrollments, as the org's training node holds it: this node asks for
 * the worker its login is linked to, so the list is theirs whatever the caller sends.
 */
@ObjectType('MyEnrollment')
export class MyEnrollment {
  @Field(() => ID)
  id!: string;

  @Field()
  orgId!: string;

  @Field(() => ID)
  workerId!: string;

  @Field({ description: "The course's owner: the org, or the member that shares it." })
  courseOrgId!: string;

  @Field(() => ID)
  courseId!: string;

  @Field()
  courseCode!: string;

  @Field({ description: "The course's title when the worker enrolled." })
  courseTitle!: string;

  @Field(() => EnrollmentStatus)
  status!: EnrollmentStatus;

  @Field()
  enrolledAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Test score, 0 to 100, when the course has one.' })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: "Staff's evaluation on completion, 1 (weak) to 5 (excellent)." })
  evaluation!: number | null;

  @Field(() => String, { nullable: true })
  evaluationComment!: string | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;
}
