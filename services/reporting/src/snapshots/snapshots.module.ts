import { DynamicModule, Module } from '@nestjs/common';
import { AGGREGATES_SOURCE, AggregatesSource } from './aggregates-source';
import { GatewayAggregatesSource } from './gateway-aggregates.source';
import { SNAPSHOT_SCHEDULE, SnapshotSchedule, SnapshotScheduleOptions } from './snapshot-schedule';
import { SnapshotsResolver } from './snapshots.resolver';
import { SnapshotsService } from './snapshots.service';

export interface SnapshotsModuleOptions {
  gatewayUrl?: string;
  /** A spec's stand-in for the gateway's fan-out. */
  aggregatesSource?: AggregatesSource;
  /** Monthly snapshots with the service's own account; absent: only the support body takes them. */
  schedule?: SnapshotScheduleOptions;
}

@Module({})
export class SnapshotsModule {
  static forRoot(options: SnapshotsModuleOptions): DynamicModule {
    return {
      module: SnapshotsModule,
      global: true,
      providers: [
        { provide: AGGREGATES_SOURCE, useValue: options.aggregatesSource ?? new GatewayAggregatesSource(options.gatewayUrl) },
        { provide: SNAPSHOT_SCHEDULE, useValue: options.schedule },
        SnapshotsService,
        SnapshotsResolver,
        SnapshotSchedule,
      ],
      exports: [SnapshotsService],
    };
  }
}
