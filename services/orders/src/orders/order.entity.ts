import { Directive, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { ORG_SCOPED_KEY, SkillStage } from '@kyodo/domain';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { ConfidentialityLevel } from './confidentiality-level.enum';
import { OrderSharing } from './order-sharing.enum';
import { OrderStatus } from './order-status.enum';

/** 案件: a BPO work order from a client. Money is integer yen. */
@ObjectType('Order')
@Directive(ORG_SCOPED_KEY)
@Entity('orders')
export class OrderEntity extends OrgScopedEntity {
  @Column({ name: 'client_id', type: 'uuid' })
  clientId!: string;

  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId!: string | null;

  @Field()
  @Column()
  title!: string;

  @Field({ description: 'Business category code (業務分類), e.g. DATA_ENTRY.' })
  @Column()
  category!: string;

  @Field({ description: 'Routine (定型) or non-routine (非定型) work.' })
  @Column({ default: true })
  routine!: boolean;

  @Field(() => YenScalar, { description: 'Order value in yen.' })
  @Column({ name: 'value_yen', type: 'bigint', transformer: yenBigIntTransformer })
  valueYen!: bigint;

  @Field(() => Int)
  @Column({ name: 'estimated_hours', type: 'integer' })
  estimatedHours!: number;

  @Field({ description: 'Deadline (Asia/Tokyo date).' })
  @Column({ type: 'date' })
  deadline!: string;

  @Field(() => SkillStage)
  @Column({ name: 'required_stage', type: 'text' })
  requiredStage!: SkillStage;

  @Field(() => OrderStatus)
  @Column({ type: 'text', default: OrderStatus.INQUIRY })
  status!: OrderStatus;

  @Field(() => [String], { description: 'Skill tags a worker needs, e.g. "Excel", "RPA".' })
  @Column({ name: 'skill_tags', type: 'text', array: true, default: () => "'{}'" })
  skillTags!: string[];

  @Field(() => [String], { description: 'Course codes of the trainings a worker must have completed, e.g. SEC-101.' })
  @Column({ name: 'required_trainings', type: 'text', array: true, default: () => "'{}'" })
  requiredTrainings!: string[];

  @Field(() => ConfidentialityLevel)
  @Column({ type: 'text', default: ConfidentialityLevel.INTERNAL })
  confidentiality!: ConfidentialityLevel;

  @Field(() => OrderSharing, {
    description: 'LOCAL, or CONSORTIUM once hours of its tasks are published to the consortium pool (publishPoolOffer).',
  })
  @Column({ type: 'text', default: OrderSharing.LOCAL })
  sharing!: OrderSharing;

  // Maintained by the tasks trigger only (see the tasks migration); never written from here.
  @Field(() => Int, { description: 'Sum of the hours of its tasks; never more than estimatedHours.' })
  @Column({ name: 'task_hours_total', type: 'integer', default: 0, insert: false, update: false })
  taskHoursTotal!: number;

  @Field(() => YenScalar, { description: 'Sum of the values of its tasks in yen; never more than valueYen.' })
  @Column({ name: 'task_value_total', type: 'bigint', default: 0, insert: false, update: false, transformer: yenBigIntTransformer })
  taskValueTotal!: bigint;

  @Column({ name: 'lead_worker_org_id', type: 'text', nullable: true })
  leadWorkerOrgId!: string | null;

  @Column({ name: 'lead_worker_id', type: 'uuid', nullable: true })
  leadWorkerId!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Field(() => ID, {
    nullable: true,
    description: 'The history import this order came in with (accepted before the org used Kyodo); such an order never changes.',
  })
  @Column({ name: 'import_batch_id', type: 'uuid', nullable: true, update: false })
  importBatchId!: string | null;

  @Field(() => String, { nullable: true, description: "An imported order's number in the org's own books (受注番号)." })
  @Column({ name: 'import_reference', type: 'text', nullable: true, update: false })
  importReference!: string | null;
}
