import { Field, ObjectType } from '@nestjs/graphql';
import { OrderStatus } from './order-status.enum';

/** One audited step of an order's lifecycle, read back from the append-only audit log. */
@ObjectType('OrderTransition')
export class OrderTransition {
  @Field(() => OrderStatus)
  from!: OrderStatus;

  @Field(() => OrderStatus)
  to!: OrderStatus;

  @Field()
  at!: Date;

  @Field({ description: 'Keycloak user id of who made the step.' })
  actorId!: string;

  @Field(() => String, { nullable: true })
  actorOrgId!: string | null;
}
