import { DynamicModule, Module } from '@nestjs/common';
import { AGGREGATES_SOURCE, AggregatesSource } from './aggregates-source';
import { GatewayAggregatesSource } from './gateway-aggregates.source';
import { SnapshotsResolver } from './snapshots.resolver';
import { SnapshotsService } from './snapshots.service';

export interface SnapshotsModuleOptions {
  gatewayUrl?: string;
  /** A spec's stand-in for the gateway's fan-out. */
  aggregatesSource?: AggregatesSource;
}

@Module({})
export class SnapshotsModule {
  static forRoot(options: SnapshotsModuleOptions): DynamicModule {
    return {
      module: SnapshotsModule,
      global: true,
      providers: [
        { provide: AGGREGATES_SOURCE, useValue: options.aggregatesSource ?? new GatewayAggregatesSource(options.gatewayUrl) },
        SnapshotsService,
        SnapshotsResolver,
      ],
      exports: [SnapshotsService],
    };
  }
}
