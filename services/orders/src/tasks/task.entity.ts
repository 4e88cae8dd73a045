import { Directive, Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { ORG_SCOPED_KEY } from '@kyodo/domain';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { PayBasis } from './pay-basis.enum';
import { TaskStatus } from './task-status.enum';

/** 作業: a part of an order that workers are assigned to. Money is integer yen. */
@ObjectType('Task')
@Directive(ORG_SCOPED_KEY)
@Entity('tasks')
export class TaskEntity extends OrgScopedEntity {
  @Field()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Field()
  @Column()
  title!: string;

  @Field(() => PayBasis)
  @Column({ name: 'pay_basis', type: 'text' })
  payBasis!: PayBasis;

  @Field(() => Int, { description: 'Estimated hours; counts against the order estimate.' })
  @Column({ type: 'integer' })
  hours!: number;

  @Field(() => Int, { nullable: true, description: 'Pieces to deliver; only for PIECE pay.' })
  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @Field(() => YenScalar, { description: 'Worker pay in yen per hour (HOURLY) or per piece (PIECE).' })
  @Column({ name: 'pay_rate_yen', type: 'bigint', transformer: yenBigIntTransformer })
  payRateYen!: bigint;

  @Field(() => YenScalar, { description: 'Share of the order value in yen; counts against the order value.' })
  @Column({ name: 'value_yen', type: 'bigint', transformer: yenBigIntTransformer })
  valueYen!: bigint;

  @Field(() => String, { nullable: true, description: 'The delivery (納入) it went out with.' })
  @Column({ name: 'delivery_id', type: 'uuid', nullable: true })
  deliveryId!: string | null;

  @Field(() => TaskStatus)
  @Column({ type: 'text', default: TaskStatus.OPEN })
  status!: TaskStatus;

  @Field(() => String, { nullable: true, description: 'Why the last review sent the task back.' })
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt!: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
