import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { SkillAxis, SkillStage } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';

/** How a stage change came about: the org's rule met (昇格), or an org admin's decision with a reason. */
export enum StageChangeKind {
  RULE = 'RULE',
  OVERRIDE = 'OVERRIDE',
}
registerEnumType(StageChangeKind, { name: 'StageChangeKind' });

/**
 * One change of a worker's stage on the skill map, with what it was granted on: a promotion under
 * the org's rule, or an org admin's manual override with its written reason. A stage changes only
 * with one of these, written in the same transaction.
 */
@ObjectType('Promotion')
@Entity('stage_changes')
export class StageChangeEntity extends OrgScopedEntity {
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

  @Field(() => StageChangeKind)
  @Column({ type: 'text' })
  kind!: StageChangeKind;

  @Field(() => String, { nullable: true, description: "An override's written reason; null for a promotion under the rule." })
  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Field(() => Int, { description: 'Approved work minutes at the former stage when promoted (0 for an override).' })
  @Column({ name: 'approved_minutes', type: 'integer' })
  approvedMinutes!: number;

  @Field(() => [String], { description: "The rule's required courses, all completed when promoted (none for an override)." })
  @Column({ name: 'completed_course_codes', type: 'text', array: true })
  completedCourseCodes!: string[];

  @Field({ description: 'When the stage changed.' })
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz', precision: 3 })
  promotedAt!: Date;

  @Column({ name: 'changed_by' })
  promotedBy!: string;
}
