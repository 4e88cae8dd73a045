import { ObjectType } from '@nestjs/graphql';
import { PageOf } from '@kyodo/subgraph';
import { OrderEntity } from './order.entity';

@ObjectType('OrderPage')
export class OrderPage extends PageOf(OrderEntity) {}
