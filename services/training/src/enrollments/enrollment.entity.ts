import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ORG_SCOPED_KEY } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { EnrollmentStatus } from './enrollment-status.enum';

/**
 * A worker of this org on one course (of this org, or shared by another member) and its outcome.
 * An entity: the workers node's enrollWorker names it, and the gateway fetches it from here.
 */
@ObjectType('Enrollment')
@Directive(ORG_SCOPED_KEY)
@Entity('enrollments')
export class EnrollmentEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Field({ description: "The course's owner: this org, or the member that shares it." })
  @Column({ name: 'course_org_id' })
  courseOrgId!: string;

  @Field(() => ID)
  @Column({ name: 'course_id', type: 'uuid' })
  courseId!: string;

  @Field({ description: "The course's code when the worker enrolled (codes never change)." })
  @Column({ name: 'course_code' })
  courseCode!: string;

  @Field({ description: "The course's title when the worker enrolled." })
  @Column({ name: 'course_title' })
  courseTitle!: string;

  @Field(() => EnrollmentStatus)
  @Column({ type: 'text', default: EnrollmentStatus.ENROLLED })
  status!: EnrollmentStatus;

  @Field()
  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz', precision: 3 })
  enrolledAt!: Date;

  @Column({ name: 'enrolled_by' })
  enrolledBy!: string;

  @Field(() => Int, { nullable: true, description: 'Test score, 0 to 100, when the course has one.' })
  @Column({ type: 'integer', nullable: true })
  score!: number | null;

  @Field(() => Int, { nullable: true, description: "Staff's evaluation of the worker on completion, 1 (weak) to 5 (excellent)." })
  @Column({ type: 'integer', nullable: true })
  evaluation!: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'evaluation_comment', type: 'text', nullable: true })
  evaluationComment!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'completed_at', type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'completed_by', type: 'text', nullable: true })
  completedBy!: string | null;
}
