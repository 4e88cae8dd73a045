import { Module } from '@nestjs/common';
import { CapacityResolver } from './capacity.resolver';
import { CapacityService } from './capacity.service';

@Module({ providers: [CapacityService, CapacityResolver] })
export class CapacityModule {}
