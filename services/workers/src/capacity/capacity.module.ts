import { Module } from '@nestjs/common';
import { CapacityResolver } from './capacity.resolver';
import { CapacityService } from './capacity.service';
import { ConsortiumCapacityResolver } from './consortium-capacity.resolver';

@Module({ providers: [CapacityService, CapacityResolver, ConsortiumCapacityResolver], exports: [CapacityService] })
export class CapacityModule {}
