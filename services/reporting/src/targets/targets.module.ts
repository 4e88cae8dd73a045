import { Module } from '@nestjs/common';
import { KpisModule } from '../kpis/kpis.module';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

@Module({
  imports: [KpisModule],
  providers: [TargetsService, TargetsResolver],
  exports: [TargetsService],
})
export class TargetsModule {}
