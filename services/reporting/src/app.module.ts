import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ServiceNodeModule, subgraphGraphQLModule } from '@kyodo/subgraph';
import { reportingDataSourceOptions } from './data-source';
import { OperatingCostsModule } from './operating-costs/operating-costs.module';

export interface ReportingAppOptions {
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
        ServiceNodeModule.forRoot({ service: 'reporting' }),
        TypeOrmModule.forRoot({ ...reportingDataSourceOptions(options.databaseUrl), manualInitialization: options.connectToDatabase === false }),
        subgraphGraphQLModule(),
        OperatingCostsModule,
      ],
    };
  }
}
