import { Module } from '@nestjs/common';
import { SalesActivitiesResolver } from './sales-activities.resolver';
import { SalesActivitiesService } from './sales-activities.service';

@Module({ providers: [SalesActivitiesService, SalesActivitiesResolver] })
export class SalesModule {}
