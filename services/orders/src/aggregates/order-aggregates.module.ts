import { Module } from '@nestjs/common';
import { OrderAggregatesResolver } from './order-aggregates.resolver';
import { OrderAggregatesService } from './order-aggregates.service';

@Module({ providers: [OrderAggregatesService, OrderAggregatesResolver] })
export class OrderAggregatesModule {}
