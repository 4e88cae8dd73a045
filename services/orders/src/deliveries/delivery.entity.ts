import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { yenBigIntTransformer } from '@kyodo/database';
import { OrgScopedEntity, YenScalar } from '@kyodo/subgraph';
import { DeliveryStatus } from './delivery-status.enum';

/**
 * 納入: what the org hands the client for an order, made of the tasks that passed internal
 * review (内部検収). The client's acceptance (検収) makes it billable. One per order.
 */
@ObjectType('Delivery')
@Entity('deliveries')
export class DeliveryEntity extends OrgScopedEntity {
  @Field()
  @Column({ name: 'order_id', type: 'uuid' })
  orderId!: string;

  @Field(() => DeliveryStatus)
  @Column({ type: 'text', default: DeliveryStatus.DELIVERED })
  status!: DeliveryStatus;

  @Field(() => YenScalar, { description: 'What the client is billed for it in yen (the order value at delivery).' })
  @Column({ name: 'amount_yen', type: 'bigint', transformer: yenBigIntTransformer })
  amountYen!: bigint;

  @Field(() => String, { nullable: true, description: 'What was handed over, e.g. file names or media.' })
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Field()
  @Column({ name: 'delivered_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  deliveredAt!: Date;

  @Field({ description: 'Keycloak user id of who delivered it.' })
  @Column({ name: 'delivered_by', type: 'text' })
  deliveredBy!: string;

  @Field(() => Date, { nullable: true, description: '検収: when the client accepted it.' })
  @Column({ name: 'accepted_at', type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Keycloak user id of who recorded the acceptance.' })
  @Column({ name: 'accepted_by', type: 'text', nullable: true })
  acceptedBy!: string | null;

  @Field(() => String, { nullable: true, description: "The client's remarks at acceptance (検収メモ)." })
  @Column({ name: 'acceptance_note', type: 'text', nullable: true })
  acceptanceNote!: string | null;
}
