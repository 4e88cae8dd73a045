import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessCategoriesModule } from '../categories/business-categories.module';
import { ClientsModule } from '../clients/clients.module';
import { ContractsModule } from '../contracts/contracts.module';
import { RequirableCoursesModule } from '../course-codes/requirable-courses.module';
import { OrderEntity } from './order.entity';
import { OrdersResolver } from './orders.resolver';
import { OrdersService } from './orders.service';
import { OrderLeadWorkerService } from './order-lead-worker.service';
import { OrderLifecycleService } from './order-lifecycle.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrderEntity]), ClientsModule, ContractsModule, BusinessCategoriesModule, RequirableCoursesModule],
  providers: [OrdersService, OrderLifecycleService, OrderLeadWorkerService, OrdersResolver],
  exports: [OrderLifecycleService],
})
export class OrdersModule {}
