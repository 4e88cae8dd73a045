import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModuleOptions, securedSubgraphModules } from '@kyodo/auth';
import { reportingDataSourceOptions } from './data-source';
import { OperatingCostsModule } from './operating-costs/operating-costs.module';

export interface ReportingAppOptions {
  auth: AuthModuleOptions;
  databaseUrl: string;
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
        TypeOrmModule.forRoot({ ...reportingDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
        OperatingCostsModule,
      ],
    };
  }
}
