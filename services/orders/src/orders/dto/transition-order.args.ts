import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
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
}
