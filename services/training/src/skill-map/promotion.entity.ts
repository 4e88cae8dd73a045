import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';

/** One step of a worker up the skill map (昇格), with what it was granted on. */
@ObjectType('Promotion')
@Entity('promotions')
export class PromotionEntity extends OrgScopedEntity {
  @Field(() => ID)
  @Column({ name: 'worker_id', type: 'uuid' })
  workerId!: string;

  @Field(() => SkillAxis)
  @Column({ type: 'text' })
  axis!: SkillAxis;

  @Field(() => SkillStage)
  @Column({ name: 'from_stage', type: 'text' })
  fromStage!: SkillStage;

  @Field(() => SkillStage)
  @Column({ name: 'to_stage', type: 'text' })
  toStage!: SkillStage;

  @Field(() => Int, { description: 'Approved work minutes at the former stage when promoted.' })
  @Column({ name: 'approved_minutes', type: 'integer' })
  approvedMinutes!: number;

  @Field(() => [String], { description: "The rule's required courses, all completed when promoted." })
  @Column({ name: 'completed_course_codes', type: 'text', array: true })
  completedCourseCodes!: string[];

  @Field()
  @CreateDateColumn({ name: 'promoted_at', type: 'timestamptz', precision: 3 })
  promotedAt!: Date;

  @Column({ name: 'promoted_by' })
  promotedBy!: string;
}
