import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { OrgArgs, IsUuid } from '@kyodo/subgraph';
import { OrderStatus } from '../order-status.enum';

@ArgsType()
export class TransitionOrderArgs extends OrgArgs {
  @Field(() => ID)
  @IsUuid()
  id!: string;

  @Field(() => OrderStatus, { description: 'The status to move to; only the transitions of the state machine are allowed.' })
  @IsEnum(OrderStatus)
  to!: OrderStatus;

  @Field(() => ID, {
    nullable: true,
    description:
      'With to: CONTRACTED, the contract (with the same client) the order is taken under; an order created without one must name it here.',
  })
  @IsOptional()
  @IsUuid()
  contractId?: string;
}
