import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContractsModule } from '../contracts/contracts.module';
import { OrdersModule } from '../orders/orders.module';
import { FeasibilityCheckEntity } from './feasibility-check.entity';
import { FeasibilityCheckReferenceResolver, FeasibilityResolver } from './feasibility.resolver';
import { FeasibilityService } from './feasibility.service';

/** 受託確認: the order's side of a feasibility check; the org's workers node counts the capacity and pushes it here. */
@Module({
  imports: [TypeOrmModule.forFeature([FeasibilityCheckEntity]), OrdersModule, ContractsModule],
  providers: [FeasibilityService, FeasibilityResolver, FeasibilityCheckReferenceResolver],
})
export class FeasibilityModule {}
