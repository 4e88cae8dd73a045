import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { OrgPageArgs } from '@kyodo/subgraph';
import { OrderStatus } from '../order-status.enum';

@ArgsType()
export class OrdersArgs extends OrgPageArgs {
  @Field(() => OrderStatus, { nullable: true })
  @IsOptional()
  @IsEnum(OrderStatus)
  status?: OrderStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  clientId?: string;
}
