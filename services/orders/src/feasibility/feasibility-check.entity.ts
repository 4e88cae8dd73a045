import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { ORG_SCOPED_KEY, SkillStage } from '@kyodo/domain';
import { OrgScopedEntity } from '@kyodo/subgraph';
import { FeasibilityStage } from './feasibility-stage.model';
import { FeasibilityVerdict } from './feasibility-verdict.enum';

/**
 * 受託確認: one check of an order's required hours against the org's free capacity, kept as made.
 * An entity: the workers node's checkFeasibility names it, and the gateway fetches it from here.
 */
@ObjectType('FeasibilityCheck')
@Directive(ORG_SCOPED_KEY)
@Entity('feasibility_checks')
export class FeasibilityCheckEntity extends OrgScopedEntity {
  @Field()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Field(() => FeasibilityVerdict)
  @Column({ type: 'text' })
  verdict!: FeasibilityVerdict;

  @Field({ description: 'First day of the period checked (Asia/Tokyo), YYYY-MM-DD.' })
  @Column({ name: 'period_from', type: 'date' })
  periodFrom!: string;

  @Field({ description: 'Last day of the period checked (inclusive), YYYY-MM-DD.' })
  @Column({ name: 'period_to', type: 'date' })
  periodTo!: string;

  @Field(() => SkillStage)
  @Column({ name: 'required_stage', type: 'text' })
  requiredStage!: SkillStage;

  @Field(() => Int, { description: 'Minutes of work the order needs (its estimated hours).' })
  @Column({ name: 'required_minutes', type: 'integer' })
  requiredMinutes!: number;

  @Field(() => Int, { description: 'Total shortfall in minutes; 0 when feasible.' })
  @Column({ name: 'short_minutes', type: 'integer' })
  shortMinutes!: number;

  @Field(() => [FeasibilityStage], { description: 'A, B and C: required, free and short minutes.' })
  @Column({ type: 'jsonb' })
  stages!: FeasibilityStage[];

  @Field({ description: 'Keycloak user id of who ran the check.' })
  @Column({ name: 'checked_by', type: 'text' })
  checkedBy!: string;

  @Field()
  @CreateDateColumn({ name: 'checked_at', type: 'timestamptz', precision: 3 })
  checkedAt!: Date;
}
