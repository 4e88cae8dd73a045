import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { OrgArgs } from '@kyodo/subgraph';
import { OrderStatus } from '../order-status.enum';

@ArgsType()
export class TransitionOrderArgs extends OrgArgs {
  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => OrderStatus, { description: 'The status to move to; only the transitions of the state machine are allowed.' })
  @IsEnum(OrderStatus)
  to!: OrderStatus;
}
