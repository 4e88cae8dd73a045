import { Module } from '@nestjs/common';
import { CapacityModule } from '../capacity/capacity.module';
import { FeasibilityResolver } from './feasibility.resolver';
import { FeasibilityService } from './feasibility.service';

/** 受託確認, counted here and recorded by the org's orders node (FEASIBILITY_UPSTREAM, WORKERS_SERVICE_ACCOUNT from the app module). */
@Module({ imports: [CapacityModule], providers: [FeasibilityService, FeasibilityResolver] })
export class FeasibilityModule {}
