import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SkillAxis, SkillStage } from '@kyodo/domain';

/** What promotes a worker of the org to `toStage` on `axis`: courses completed and work done at the stage below. */
@ObjectType('PromotionRule')
@Entity('promotion_rules')
export class PromotionRuleEntity {
  @Field()
  @PrimaryColumn({ name: 'org_id' })
  orgId!: string;

  @Field(() => SkillAxis)
  @PrimaryColumn({ type: 'text' })
  axis!: SkillAxis;

  @Field(() => SkillStage, { description: 'B (from A) or C (from B).' })
  @PrimaryColumn({ name: 'to_stage', type: 'text' })
  toStage!: SkillStage;

  @Field(() => [String], { description: 'Codes of the courses the worker must have completed.' })
  @Column({ name: 'required_course_codes', type: 'text', array: true })
  requiredCourseCodes!: string[];

  @Field(() => Int, { description: 'Approved work minutes needed since the worker reached the current stage.' })
  @Column({ name: 'min_work_minutes', type: 'integer' })
  minWorkMinutes!: number;

  @Field()
  @Column({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  @Column({ name: 'updated_by' })
  updatedBy!: string;
}
