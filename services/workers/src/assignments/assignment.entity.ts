import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SkillStage } from '@kyodo/domain';
import { yenBigIntTransformer } from '@kyodo/database';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { PayBasis } from './pay-basis.enum';

/** 割当: a worker booked on a task for a period. */
@ObjectType('Assignment')
@Entity('assignments')
export class AssignmentEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  /** Exposed as `task` (a federation reference) by the resolver. */
  @Column({ name: 'task_org_id' })
  taskOrgId!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Field({ description: 'Last day (inclusive), YYYY-MM-DD.' })
  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Field(() => Int, { description: 'Planned time over the whole period, in minutes.' })
  @Column({ name: 'planned_minutes', type: 'integer' })
  plannedMinutes!: number;

  @Field(() => PayBasis)
  @Column({ name: 'pay_basis', type: 'text' })
  payBasis!: PayBasis;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per hour in yen; set exactly when the pay basis is HOURLY.' })
  @Column({ name: 'hourly_rate_yen', type: 'bigint', nullable: true, transformer: yenBigIntTransformer })
  hourlyRateYen!: bigint | null;

  @Field(() => YenScalar, { nullable: true, description: 'Pay per piece in yen; set exactly when the pay basis is PIECE.' })
  @Column({ name: 'piece_rate_yen', type: 'bigint', nullable: true, transformer: yenBigIntTransformer })
  pieceRateYen!: bigint | null;

  @Field({ description: "Whether the pay is subject to withholding tax (源泉徴収), as the task's business category requires." })
  @Column({ type: 'boolean' })
  withholding!: boolean;

  @Field(() => SkillStage, { nullable: true })
  @Column({ name: 'required_it_stage', type: 'text', nullable: true })
  requiredItStage!: SkillStage | null;

  @Field(() => SkillStage, { nullable: true })
  @Column({ name: 'required_business_stage', type: 'text', nullable: true })
  requiredBusinessStage!: SkillStage | null;

  @Field(() => [String], { description: 'Course ids the worker had to have completed.' })
  @Column({ name: 'required_trainings', type: 'text', array: true })
  requiredTrainings!: string[];

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
