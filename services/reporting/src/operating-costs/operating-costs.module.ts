import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OperatingCostEntity } from './operating-cost.entity';
import { OperatingCostsResolver } from './operating-costs.resolver';
import { OperatingCostsService } from './operating-costs.service';

@Module({
  imports: [TypeOrmModule.forFeature([OperatingCostEntity])],
  providers: [OperatingCostsService, OperatingCostsResolver],
  exports: [OperatingCostsService],
})
export class OperatingCostsModule {}
