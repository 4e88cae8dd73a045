import { Module } from '@nestjs/common';
import { WorkforceAggregatesResolver } from './workforce-aggregates.resolver';
import { WorkforceAggregatesService } from './workforce-aggregates.service';

@Module({ providers: [WorkforceAggregatesService, WorkforceAggregatesResolver] })
export class WorkforceAggregatesModule {}
