import { Module } from '@nestjs/common';
import { OperatingCostsModule } from '../operating-costs/operating-costs.module';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [OperatingCostsModule],
  providers: [ReportsService, ReportsResolver],
  exports: [ReportsService],
})
export class KpisModule {}
