import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { reportingDataSourceOptions } from './data-source';
import { ExportsModule } from './exports/exports.module';
import { KpiSheetsModule } from './kpi-sheets/kpi-sheets.module';
import { KpisModule } from './kpis/kpis.module';
import { OperatingCostsModule } from './operating-costs/operating-costs.module';
import { ProjectsModule } from './projects/projects.module';
import { AggregatesSource } from './snapshots/aggregates-source';
import type { SnapshotScheduleOptions } from './snapshots/snapshot-schedule';
import { SnapshotsModule } from './snapshots/snapshots.module';
import { TargetsModule } from './targets/targets.module';

export interface ReportingAppOptions {
  auth: AuthModuleOptions;
  databaseUrl: string;
  /** The consortium gateway, whose fan-out gathers members' aggregates for snapshots. */
  gatewayUrl?: string;
  /** A spec's stand-in for the gateway's fan-out. */
  aggregatesSource?: AggregatesSource;
  /** Monthly snapshots with reporting's own service account. */
  snapshotSchedule?: SnapshotScheduleOptions;
  /** false only to print the schema: the app is built but never opens a connection. */
  connectToDatabase?: boolean;
}

/**
 * The reporting subgraph, run once by the hub for the whole consortium. It is not an org node:
 * it holds only aggregates and hub-entered figures, never a member's personal data.
 */
@Module({})
export class ReportingAppModule {
  static forRoot(options: ReportingAppOptions): DynamicModule {
    return {
      module: ReportingAppModule,
      imports: [
        ...securedSubgraphModules({ service: 'reporting' }, options.auth),
        TypeOrmModule.forRoot({
          ...reportingDataSourceOptions(options.databaseUrl),
          manualInitialization: options.connectToDatabase === false,
        }),
        OperatingCostsModule,
        SnapshotsModule.forRoot({
          gatewayUrl: options.gatewayUrl,
          aggregatesSource: options.aggregatesSource,
          schedule: options.snapshotSchedule,
        }),
        KpisModule,
        TargetsModule,
        ExportsModule,
        KpiSheetsModule,
        ProjectsModule,
      ],
    };
  }
}
