import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { SkillStage } from '@kyodo/domain';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';

/**
 * 共同受注の募集: hours of one task that the owner offers to the consortium pool. Everything on
 * it is shared with every member on purpose; the client shows only as the owner's `clientLabel`.
 */
@ObjectType('PoolOffer')
@Entity('pool_offers')
export class PoolOfferEntity extends OrgScopedEntity {
  // Not a field: partners book on the task; the owner's order stays the owner's.
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Field(() => ID, { description: 'The task (key taskOrgId = orgId, taskId) a partner books its workers on.' })
  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => Int, { description: 'Hours published.' })
  @Column({ type: 'integer' })
  hours!: number;

  // Maintained by approvals only (one UPDATE under a CHECK, see the sharing migration).
  @Field(() => Int, { description: 'Hours of approved claims; never more than hours.' })
  @Column({ name: 'approved_hours', type: 'integer', default: 0, insert: false, update: false })
  approvedHours!: number;

  @Field(() => SkillStage)
  @Column({ name: 'required_stage', type: 'text' })
  requiredStage!: SkillStage;

  @Field(() => [String])
  @Column({ name: 'skill_tags', type: 'text', array: true })
  skillTags!: string[];

  @Field(() => [String], { description: 'Course codes a worker must have completed.' })
  @Column({ name: 'required_trainings', type: 'text', array: true })
  requiredTrainings!: string[];

  @Field({ description: 'Deadline (Asia/Tokyo), YYYY-MM-DD.' })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => YenScalar, { description: 'What the owner pays the partner per approved hour, in yen.' })
  @Column({ name: 'rate_yen', type: 'bigint', transformer: yenBigIntTransformer })
  rateYen!: bigint;

  @Field(() => String, { nullable: true, description: 'The client details the owner chose to show, if any.' })
  @Column({ name: 'client_label', type: 'text', nullable: true })
  clientLabel!: string | null;

  @Column({ name: 'published_by', type: 'text' })
  publishedBy!: string;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
