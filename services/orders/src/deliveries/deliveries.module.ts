import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrdersModule } from '../orders/orders.module';
import { TasksModule } from '../tasks/tasks.module';
import { DeliveriesResolver } from './deliveries.resolver';
import { DeliveriesService } from './deliveries.service';
import { DeliveryEntity } from './delivery.entity';
import { OrderDeliveryResolver } from './order-delivery.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([DeliveryEntity]), OrdersModule, TasksModule],
  providers: [DeliveriesService, DeliveriesResolver, OrderDeliveryResolver],
})
export class DeliveriesModule {}
